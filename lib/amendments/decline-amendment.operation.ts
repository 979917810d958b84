import { defineOperation } from "@/lib/api/operation";
import { emptyBodySchema } from "@/lib/api/schemas";
import { now } from "@/lib/clock";
import { answerAmendment } from "./answer-amendment";
import { amendmentPathSchema, amendmentStateSchema } from "./api-schemas";

export const declineAmendmentOperation = defineOperation({
  method: "POST",
  path: "/api/v1/contracts/{id}/amendments/{amendmentId}/decline",
  summary: "The other side declines a proposed change; the terms stay as they were",
  tag: "Contracts",
  access: ["CLIENT", "EXPERT"],
  input: { params: amendmentPathSchema, body: emptyBodySchema },
  output: { status: 200, description: "Declined.", schema: amendmentStateSchema },
  errors: [400, 401, 403, 404, 409],
  handler: ({ user, params }) => answerAmendment({ user, contractId: params.id, amendmentId: params.amendmentId, answer: "decline", now: now() }),
});
