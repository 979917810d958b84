import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { milestonePathSchema } from "@/lib/milestones/api-schemas";
import { answerEndRefund } from "./answer-end-refund";
import { endRefundAnswerSchema } from "./api-schemas";
import { answerEndRefundSchema } from "./schemas";

export const answerEndRefundOperation = defineOperation({
  method: "POST",
  path: "/api/v1/milestones/{id}/end-refund",
  summary: "The expert answers the refund request of an ended contract: AGREE refunds the client, DISPUTE has an admin decide",
  tag: "Contracts",
  access: ["EXPERT"],
  input: { params: milestonePathSchema, body: answerEndRefundSchema },
  output: { status: 200, description: "Refunded, or in dispute.", schema: endRefundAnswerSchema },
  errors: [400, 401, 403, 404, 409, 415, 422, 503],
  handler: ({ user, params, body }) => answerEndRefund({ user, milestoneId: params.id, input: body, now: now() }),
});
