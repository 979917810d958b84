import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { contractPathSchema, createdReviewSchema } from "./api-schemas";
import { reviewContract } from "./review-contract";
import { reviewSchema } from "./schemas";

export const reviewContractOperation = defineOperation({
  method: "POST",
  path: "/api/v1/contracts/{id}/review",
  summary: "Rate the expert (1–5 and a text) once the contract is completed; once per contract",
  tag: "Contracts",
  access: ["CLIENT"],
  input: { params: contractPathSchema, body: reviewSchema },
  output: { status: 201, description: "The review is stored and counts towards the expert's rating.", schema: createdReviewSchema },
  errors: [400, 404, 409, 415, 422],
  handler: ({ user, params, body }) => reviewContract({ user, contractId: params.id, input: body, now: now() }),
});
