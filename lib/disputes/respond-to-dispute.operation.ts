import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { casePathSchema, disputeResponseSchema } from "./api-schemas";
import { respondToDispute } from "./respond-to-dispute";
import { respondToDisputeSchema } from "./schemas";

export const respondToDisputeOperation = defineOperation({
  method: "POST",
  path: "/api/v1/disputes/{id}/response",
  summary: "The side that did not open a dispute gives its statement and evidence (once, until an admin decides)",
  tag: "Payments",
  access: ["CLIENT", "EXPERT"],
  input: { params: casePathSchema, body: respondToDisputeSchema },
  output: { status: 201, description: "The response is on the case; an admin decides next.", schema: disputeResponseSchema },
  errors: [400, 401, 403, 404, 409, 422],
  handler: ({ user, params, body }) => respondToDispute({ user, disputeId: params.id, input: body, now: now() }),
});
