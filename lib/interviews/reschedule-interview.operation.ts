import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { interviewSchema, matchPathSchema } from "./api-schemas";
import { rescheduleInterview } from "./offer-times";
import { rescheduleInterviewSchema } from "./schemas";

export const rescheduleInterviewOperation = defineOperation({
  method: "POST",
  path: "/api/v1/matches/{id}/interview/reschedule",
  summary: "Either side offers new interview times (a reschedule, or an answer to a request for other times); the other side picks",
  tag: "Interviews",
  access: ["CLIENT", "EXPERT"],
  input: { params: matchPathSchema, body: rescheduleInterviewSchema },
  output: { status: 200, description: "The new times are offered to the other side.", schema: interviewSchema },
  errors: [400, 401, 403, 404, 409, 415, 422],
  handler: ({ user, params, body, requestId }) => rescheduleInterview({ user, matchId: params.id, input: body, now: now(), requestId }),
});
