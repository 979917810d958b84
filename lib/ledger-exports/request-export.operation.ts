import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { ledgerExportSchema } from "./api-schemas";
import { requestLedgerExport } from "./request-export";
import { ledgerExportInputSchema } from "./schemas";

export const requestLedgerExportOperation = defineOperation({
  method: "POST",
  path: "/api/v1/admin/ledger/exports",
  summary: "Export ledger entries or payouts for whole UTC days (both included, at most 366) as CSV, built in the background (audited)",
  tag: "Admin",
  access: ["ADMIN"],
  input: { body: ledgerExportInputSchema },
  output: { status: 202, description: "The export is queued; follow it with GET /api/v1/admin/ledger/exports.", schema: ledgerExportSchema },
  errors: [415, 422],
  handler: ({ user, body, requestId }) => requestLedgerExport({ user, input: body, now: now(), httpRequestId: requestId }),
});
