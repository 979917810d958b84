import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { contractPathSchema } from "@/lib/contracts/api-schemas";
import { endedContractSchema } from "./api-schemas";
import { endContract } from "./end-contract";
import { endContractSchema } from "./schemas";

export const endContractOperation = defineOperation({
  method: "POST",
  path: "/api/v1/contracts/{id}/end",
  summary: "End a contract early (either side, with a reason): unfunded milestones are cancelled, funded work not submitted is asked back",
  tag: "Contracts",
  access: ["CLIENT", "EXPERT"],
  input: { params: contractPathSchema, body: endContractSchema },
  output: { status: 200, description: "The contract has ended; what it still holds follows the ending rules.", schema: endedContractSchema },
  errors: [400, 401, 403, 404, 409, 415, 422, 503],
  handler: ({ user, params, body }) => endContract({ user, contractId: params.id, input: body, now: now() }),
});
