import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { contractPathSchema, contractStateSchema } from "./api-schemas";
import { withdrawProposal } from "./withdraw-proposal";

export const withdrawProposalOperation = defineOperation({
  method: "POST",
  path: "/api/v1/contracts/{id}/withdraw",
  summary: "The client withdraws a proposal the expert has not answered",
  tag: "Contracts",
  access: ["CLIENT"],
  input: { params: contractPathSchema },
  output: { status: 200, description: "The proposal is cancelled.", schema: contractStateSchema },
  errors: [400, 404, 409],
  handler: ({ user, params }) => withdrawProposal({ user, contractId: params.id, now: now() }),
});
