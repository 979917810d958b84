import { getLedgerOverview } from "@/lib/admin/get-ledger-overview";
import { ledgerQuerySchema } from "@/lib/admin/schemas";
import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute({ access: ["ADMIN"], query: ledgerQuerySchema }, async ({ user, query }) => getLedgerOverview({ user, query }));
