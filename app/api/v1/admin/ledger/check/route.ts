import { runLedgerCheck } from "@/lib/admin/run-ledger-check";
import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { emptyBodySchema } from "@/lib/payments/api-schemas";

export const POST = apiRoute({ access: ["ADMIN"], body: emptyBodySchema }, async ({ user, requestId }) =>
  runLedgerCheck({ user, now: now(), httpRequestId: requestId }),
);
