import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { emptyBodySchema } from "@/lib/payments/api-schemas";
import { refundPaymentUnderReview } from "@/lib/payments/refund-payment-under-review";

export const POST = apiRoute({ access: ["ADMIN"], body: emptyBodySchema }, async ({ user, params, requestId }) =>
  refundPaymentUnderReview({ user, paymentId: params.id, now: now(), httpRequestId: requestId }),
);
