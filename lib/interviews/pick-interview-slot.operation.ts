import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { interviewSchema, matchPathSchema } from "./api-schemas";
import { pickInterviewSlot } from "./pick-interview-slot";
import { pickInterviewSlotSchema } from "./schemas";

export const pickInterviewSlotOperation = defineOperation({
  method: "POST",
  path: "/api/v1/matches/{id}/interview/pick",
  summary: "The side that did not offer the times picks one: the interview is confirmed and both sides get the calendar invite",
  tag: "Interviews",
  access: ["CLIENT", "EXPERT"],
  input: { params: matchPathSchema, body: pickInterviewSlotSchema },
  output: { status: 200, description: "Confirmed.", schema: interviewSchema },
  errors: [400, 401, 403, 404, 409, 415, 422],
  handler: ({ user, params, body, requestId }) => pickInterviewSlot({ user, matchId: params.id, input: body, now: now(), requestId }),
});
