import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { contractReviewsSchema, reviewContractPathSchema } from "./api-schemas";
import { readContractReviews } from "./contract-reviews";

export const readContractReviewsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/contracts/{id}/reviews",
  summary: "A contract's two reviews as the caller may see them: published ones, and the caller's own side's",
  tag: "Contracts",
  access: ["CLIENT", "EXPERT", "ADMIN"],
  input: { params: reviewContractPathSchema },
  output: { status: 200, description: "The review window and each side's review.", schema: contractReviewsSchema },
  errors: [400, 404],
  handler: ({ user, params }) => readContractReviews({ user, contractId: params.id, now: now() }),
});
