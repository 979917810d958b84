import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { reviewContractPathSchema, writtenReviewSchema } from "./api-schemas";
import { reviewSchema } from "./schemas";
import { writeReview } from "./write-review";

export const writeReviewOperation = defineOperation({
  method: "POST",
  path: "/api/v1/contracts/{id}/review",
  summary:
    "Review the other side of an ended contract (1–5 and a text), once per side, within the review window; hidden from the other side until both have written or the window closes",
  tag: "Contracts",
  access: ["CLIENT", "EXPERT"],
  input: { params: reviewContractPathSchema, body: reviewSchema },
  output: { status: 201, description: "The review is stored (and published when the other side's was in already).", schema: writtenReviewSchema },
  errors: [400, 403, 404, 409, 415, 422],
  handler: ({ user, params, body }) => writeReview({ user, contractId: params.id, input: body, now: now() }),
});
