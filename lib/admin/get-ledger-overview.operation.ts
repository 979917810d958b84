import { defineOperation } from "@/lib/api/operation";
import { getLedgerOverview } from "./get-ledger-overview";
import { ledgerOverviewSchema } from "./ledger-api-schemas";
import { ledgerQuerySchema } from "./schemas";

export const getLedgerOverviewOperation = defineOperation({
  method: "GET",
  path: "/api/v1/admin/ledger",
  summary: "Ledger totals per currency (funded, held, released, fees, refunded) and the latest transactions with their entries; 25 a page",
  tag: "Admin",
  access: ["ADMIN"],
  input: { query: ledgerQuerySchema },
  output: { status: 200, description: "Totals and one page of transactions.", schema: ledgerOverviewSchema },
  errors: [422],
  handler: ({ user, query }) => getLedgerOverview({ user, query }),
});
