import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { interviewSchema, matchPathSchema } from "./api-schemas";
import { proposeInterview } from "./offer-times";
import { proposeInterviewSchema } from "./schemas";

export const proposeInterviewOperation = defineOperation({
  method: "POST",
  path: "/api/v1/matches/{id}/interview",
  summary: "The client proposes an interview to a shortlisted expert: up to three times (in the client's time zone) and the call link",
  tag: "Interviews",
  access: ["CLIENT"],
  input: { params: matchPathSchema, body: proposeInterviewSchema },
  output: { status: 201, description: "Proposed; the expert is asked to pick a time.", schema: interviewSchema },
  errors: [400, 401, 403, 404, 409, 415, 422],
  handler: ({ user, params, body, requestId }) => proposeInterview({ user, matchId: params.id, input: body, now: now(), requestId }),
});
