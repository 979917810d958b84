import { defineOperation } from "@/lib/api/operation";
import { contractDetailSchema, contractPathSchema } from "./api-schemas";
import { getContract } from "./get-contract";

export const getContractOperation = defineOperation({
  method: "GET",
  path: "/api/v1/contracts/{id}",
  summary: "One contract: parties, milestones with fees, the money held and released, and the actions open to you",
  tag: "Contracts",
  access: "user",
  input: { params: contractPathSchema },
  output: { status: 200, description: "The contract.", schema: contractDetailSchema },
  errors: [400, 404],
  handler: ({ user, params }) => getContract({ user, contractId: params.id }),
});
