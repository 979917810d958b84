import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { contractPathSchema, timesheetSchema } from "./api-schemas";
import { getTimesheet } from "./get-timesheet";

export const listWeeksOperation = defineOperation({
  method: "GET",
  path: "/api/v1/contracts/{id}/weeks",
  summary: "An hourly contract's timesheet: the terms, this week's entries, and past weeks with totals, amounts, review deadlines and actions",
  tag: "Timesheets",
  access: "user",
  input: { params: contractPathSchema },
  output: { status: 200, description: "The timesheet.", schema: timesheetSchema },
  errors: [400, 404],
  handler: ({ user, params }) => getTimesheet({ user, contractId: params.id, now: now() }),
});
