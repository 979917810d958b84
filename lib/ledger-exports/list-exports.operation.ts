import { defineOperation } from "@/lib/api/operation";
import { ledgerExportListSchema } from "./api-schemas";
import { listLedgerExports } from "./list-exports";

export const listLedgerExportsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/admin/ledger/exports",
  summary: "Ledger and payout exports, newest first, with who asked for each and its progress",
  tag: "Admin",
  access: ["ADMIN"],
  output: { status: 200, description: "The last 50 exports.", schema: ledgerExportListSchema },
  handler: async ({ user }) => ({ exports: await listLedgerExports({ user }) }),
});
