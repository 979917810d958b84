import { defineOperation } from "@/lib/api/operation";
import { contractListSchema, listContractsQuerySchema } from "./api-schemas";
import { listContracts } from "./list-contracts";

export const listContractsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/contracts",
  summary: "Your contracts, newest first, 50 a page: a client's company's, an expert's own, all of them for an admin",
  tag: "Contracts",
  access: "user",
  input: { query: listContractsQuerySchema },
  output: { status: 200, description: "A page of contracts with their totals and money so far.", schema: contractListSchema },
  errors: [422],
  handler: ({ user, query }) => listContracts({ user, query }),
});
