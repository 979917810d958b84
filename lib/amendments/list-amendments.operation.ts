import { defineOperation } from "@/lib/api/operation";
import { amendmentContractPathSchema, amendmentListSchema } from "./api-schemas";
import { listAmendments } from "./list-amendments";

export const listAmendmentsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/contracts/{id}/amendments",
  summary: "A contract's terms history: every proposed change and what became of it, newest first",
  tag: "Contracts",
  access: "user",
  input: { params: amendmentContractPathSchema },
  output: { status: 200, description: "The history.", schema: amendmentListSchema },
  errors: [400, 401, 404],
  handler: ({ user, params }) => listAmendments({ user, contractId: params.id }),
});
