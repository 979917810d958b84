import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { contractStateSchema } from "./api-schemas";
import { proposeContract } from "./propose-contract";
import { proposeContractSchema } from "./schemas";

export const proposeContractOperation = defineOperation({
  method: "POST",
  path: "/api/v1/contracts",
  summary: "Propose a fixed-price contract to a shortlisted expert, in the request's currency; the milestones must add up to totalCents",
  tag: "Contracts",
  access: ["CLIENT"],
  input: { body: proposeContractSchema },
  output: { status: 201, description: "The proposal was sent to the expert.", schema: contractStateSchema },
  errors: [400, 404, 409, 415, 422],
  handler: ({ user, body }) => proposeContract({ user, input: body, now: now() }),
});
