import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { contractPathSchema, timeEntrySchema } from "./api-schemas";
import { timeEntryInputSchema } from "./schemas";
import { logTimeEntry } from "./time-entries";

export const logTimeEntryOperation = defineOperation({
  method: "POST",
  path: "/api/v1/contracts/{id}/time-entries",
  summary: "The expert logs time on a day of the current week (quarter hours, within the weekly cap)",
  tag: "Timesheets",
  access: ["EXPERT"],
  input: { params: contractPathSchema, body: timeEntryInputSchema },
  output: { status: 201, description: "Logged.", schema: timeEntrySchema },
  errors: [400, 403, 404, 409, 415, 422],
  handler: ({ user, params, body }) => logTimeEntry({ user, contractId: params.id, input: body, now: now() }),
});
