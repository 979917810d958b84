import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { invoiceListSchema } from "./api-schemas";
import { listInvoices } from "./list-invoices";

const querySchema = z.strictObject({
  contractId: z.string({ error: "Give the contract id." }).trim().min(1, "Give the contract id.").max(64, "That id is too long.").optional(),
});

export const listInvoicesOperation = defineOperation({
  method: "GET",
  path: "/api/v1/billing/invoices",
  summary: "The company's receipts and credit notes, newest first (owners and finance members)",
  tag: "Billing",
  access: ["CLIENT"],
  input: { query: querySchema },
  output: { status: 200, description: "The receipts and credit notes, with links to their PDFs.", schema: invoiceListSchema },
  errors: [403],
  handler: ({ user, query }) => listInvoices({ user, contractId: query.contractId }),
});
