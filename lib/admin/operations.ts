import type { Operation } from "@/lib/api-operation";
import { emptyBodySchema } from "@/lib/payments/api-schemas";
import { ledgerCheckSchema, ledgerOverviewSchema } from "./api-schemas";
import { ledgerQuerySchema } from "./schemas";

const admin = (operation: Omit<Operation, "tag" | "access">): Operation => ({ tag: "Admin", access: "ADMIN", ...operation });

export const ADMIN_OPERATIONS: Operation[] = [
  admin({
    method: "get",
    path: "/api/v1/admin/ledger",
    summary: "Ledger totals per currency (funded, held, released, fees, refunded) and the latest transactions with their entries; 25 a page",
    query: ledgerQuerySchema,
    success: { status: 200, description: "Totals and one page of transactions.", schema: ledgerOverviewSchema },
    errors: [422],
  }),
  admin({
    method: "post",
    path: "/api/v1/admin/ledger/check",
    summary: "Run the ledger check: every money invariant, then our books against Stripe (audited)",
    body: emptyBodySchema,
    success: { status: 200, description: "The report; `problems` lists every difference.", schema: ledgerCheckSchema },
    errors: [415, 422, 503],
  }),
];
