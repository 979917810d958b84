import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { weekDecisionSchema, weekPathSchema } from "./api-schemas";
import { disputeWeek } from "./review-week";
import { disputeWeekSchema } from "./schemas";

export const disputeWeekOperation = defineOperation({
  method: "POST",
  path: "/api/v1/timesheet-weeks/{id}/dispute",
  summary: "The client disputes a closed week's hours: it is billed and held, and an admin decides through the dispute flow",
  tag: "Timesheets",
  access: ["CLIENT"],
  input: { params: weekPathSchema, body: disputeWeekSchema },
  output: { status: 200, description: "Disputed.", schema: weekDecisionSchema },
  errors: [400, 403, 404, 409, 415, 422],
  handler: ({ user, params, body }) => disputeWeek({ user, weekId: params.id, input: body, now: now() }),
});
