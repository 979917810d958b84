import { defineOperation } from "@/lib/api/operation";
import { emptyBodySchema } from "@/lib/api/schemas";
import { now } from "@/lib/clock";
import { answerAmendment } from "./answer-amendment";
import { amendmentPathSchema, amendmentStateSchema } from "./api-schemas";

export const withdrawAmendmentOperation = defineOperation({
  method: "POST",
  path: "/api/v1/contracts/{id}/amendments/{amendmentId}/withdraw",
  summary: "The proposing side takes back a change the other side has not answered",
  tag: "Contracts",
  access: ["CLIENT", "EXPERT"],
  input: { params: amendmentPathSchema, body: emptyBodySchema },
  output: { status: 200, description: "Withdrawn.", schema: amendmentStateSchema },
  errors: [400, 401, 403, 404, 409],
  handler: ({ user, params }) => answerAmendment({ user, contractId: params.id, amendmentId: params.amendmentId, answer: "withdraw", now: now() }),
});
