import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { contractPathSchema, contractStateSchema } from "./api-schemas";
import { respondToProposal } from "./respond-to-proposal";

export const acceptProposalOperation = defineOperation({
  method: "POST",
  path: "/api/v1/contracts/{id}/accept",
  summary: "The expert accepts a proposal: they are hired, the rest of the shortlist is told, the conversation becomes the contract's",
  tag: "Contracts",
  access: ["EXPERT"],
  input: { params: contractPathSchema },
  output: { status: 200, description: "The contract is active.", schema: contractStateSchema },
  errors: [400, 404, 409],
  handler: ({ user, params }) => respondToProposal({ user, contractId: params.id, decision: "ACCEPT", now: now() }),
});
