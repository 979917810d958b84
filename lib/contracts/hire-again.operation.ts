import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { contractStateSchema } from "./api-schemas";
import { hireAgain } from "./hire-again";
import { hireAgainSchema } from "./schemas";

export const hireAgainOperation = defineOperation({
  method: "POST",
  path: "/api/v1/contracts/hire-again",
  summary:
    "Propose a new fixed-price contract directly to an expert your company has had a contract with, without a new request; the expert accepts or declines as usual",
  tag: "Contracts",
  access: ["CLIENT"],
  input: { body: hireAgainSchema },
  output: { status: 201, description: "The proposal was sent to the expert.", schema: contractStateSchema },
  errors: [400, 403, 409, 415, 422],
  handler: ({ user, body }) => hireAgain({ user, input: body, now: now() }),
});
