import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { interviewSchema, matchPathSchema } from "./api-schemas";
import { cancelInterview } from "./cancel-interview";
import { cancelInterviewSchema } from "./schemas";

export const cancelInterviewOperation = defineOperation({
  method: "POST",
  path: "/api/v1/matches/{id}/interview/cancel",
  summary: "Either side cancels the interview, with an optional reason; a confirmed one leaves both calendars",
  tag: "Interviews",
  access: ["CLIENT", "EXPERT"],
  input: { params: matchPathSchema, body: cancelInterviewSchema },
  output: { status: 200, description: "Cancelled; the other side is told.", schema: interviewSchema },
  errors: [400, 401, 403, 404, 409, 415, 422],
  handler: ({ user, params, body, requestId }) => cancelInterview({ user, matchId: params.id, input: body, now: now(), requestId }),
});
