import { defineOperation } from "@/lib/api/operation";
import { emptyBodySchema } from "@/lib/api/schemas";
import { now } from "@/lib/clock";
import { weekDecisionSchema, weekPathSchema } from "./api-schemas";
import { approveWeek } from "./review-week";

export const approveWeekOperation = defineOperation({
  method: "POST",
  path: "/api/v1/timesheet-weeks/{id}/approve",
  summary: "The client approves a closed week: it is billed to the saved card and released to the expert when the review window ends",
  tag: "Timesheets",
  access: ["CLIENT"],
  input: { params: weekPathSchema, body: emptyBodySchema },
  output: { status: 200, description: "Approved and billed.", schema: weekDecisionSchema },
  errors: [400, 403, 404, 409, 415],
  handler: ({ user, params }) => approveWeek({ user, weekId: params.id, now: now() }),
});
