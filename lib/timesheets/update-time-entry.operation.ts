import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { timeEntryPathSchema, timeEntrySchema } from "./api-schemas";
import { timeEntryInputSchema } from "./schemas";
import { updateTimeEntry } from "./time-entries";

export const updateTimeEntryOperation = defineOperation({
  method: "PUT",
  path: "/api/v1/time-entries/{id}",
  summary: "The expert corrects an entry of the current week",
  tag: "Timesheets",
  access: ["EXPERT"],
  input: { params: timeEntryPathSchema, body: timeEntryInputSchema },
  output: { status: 200, description: "Changed.", schema: timeEntrySchema },
  errors: [400, 403, 404, 409, 415, 422],
  handler: ({ user, params, body }) => updateTimeEntry({ user, entryId: params.id, input: body, now: now() }),
});
