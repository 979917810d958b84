import { defineOperation } from "@/lib/api/operation";
import { emptyBodySchema } from "@/lib/api/schemas";
import { now } from "@/lib/clock";
import { paymentPathSchema, reviewRefundSchema } from "./api-schemas";
import { refundPaymentUnderReview } from "./refund-payment-under-review";

export const refundPaymentUnderReviewOperation = defineOperation({
  method: "POST",
  path: "/api/v1/admin/payments/{id}/refund",
  summary: "Refund a payment held for review (Stripe took money that did not match it) to the card it came from (audited)",
  tag: "Admin",
  access: ["ADMIN"],
  input: { params: paymentPathSchema, body: emptyBodySchema },
  output: { status: 200, description: "The refund is decided and sent; refundStatus says whether Stripe confirmed it yet.", schema: reviewRefundSchema },
  errors: [400, 401, 403, 404, 409, 415, 422, 503],
  handler: ({ user, params, requestId }) => refundPaymentUnderReview({ user, paymentId: params.id, now: now(), httpRequestId: requestId }),
});
