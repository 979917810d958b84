import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { contractPathSchema, contractStateSchema } from "./api-schemas";
import { respondToProposal } from "./respond-to-proposal";
import { declineContractSchema } from "./schemas";

export const declineProposalOperation = defineOperation({
  method: "POST",
  path: "/api/v1/contracts/{id}/decline",
  summary: "The expert declines a proposal with a reason; they stay on the shortlist",
  tag: "Contracts",
  access: ["EXPERT"],
  input: { params: contractPathSchema, body: declineContractSchema },
  output: { status: 200, description: "The proposal is cancelled.", schema: contractStateSchema },
  errors: [400, 404, 409, 415, 422],
  handler: ({ user, params, body }) => respondToProposal({ user, contractId: params.id, decision: "DECLINE", input: body, now: now() }),
});
