import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { interviewSchema, matchPathSchema } from "./api-schemas";
import { requestOtherTimes } from "./request-other-times";
import { requestOtherTimesSchema } from "./schemas";

export const requestOtherTimesOperation = defineOperation({
  method: "POST",
  path: "/api/v1/matches/{id}/interview/other-times",
  summary: "None of the offered times suits: ask the other side for new ones",
  tag: "Interviews",
  access: ["CLIENT", "EXPERT"],
  input: { params: matchPathSchema, body: requestOtherTimesSchema },
  output: { status: 200, description: "The other side is asked for new times.", schema: interviewSchema },
  errors: [400, 401, 403, 404, 409, 415, 422],
  handler: ({ user, params, body, requestId }) => requestOtherTimes({ user, matchId: params.id, input: body, now: now(), requestId }),
});
