import { defineOperation } from "@/lib/api/operation";
import { emptyBodySchema } from "@/lib/api/schemas";
import { now } from "@/lib/clock";
import { ledgerCheckSchema } from "./ledger-api-schemas";
import { runLedgerCheck } from "./run-ledger-check";

export const runLedgerCheckOperation = defineOperation({
  method: "POST",
  path: "/api/v1/admin/ledger/check",
  summary: "Run the ledger check: every money invariant, then our books against Stripe (audited)",
  tag: "Admin",
  access: ["ADMIN"],
  input: { body: emptyBodySchema },
  output: { status: 200, description: "The report; `problems` lists every difference.", schema: ledgerCheckSchema },
  errors: [415, 422, 503],
  handler: ({ user, requestId }) => runLedgerCheck({ user, now: now(), httpRequestId: requestId }),
});
