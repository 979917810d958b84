import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { deletedTimeEntrySchema, timeEntryPathSchema } from "./api-schemas";
import { deleteTimeEntry } from "./time-entries";

export const deleteTimeEntryOperation = defineOperation({
  method: "DELETE",
  path: "/api/v1/time-entries/{id}",
  summary: "The expert removes an entry of the current week",
  tag: "Timesheets",
  access: ["EXPERT"],
  input: { params: timeEntryPathSchema },
  output: { status: 200, description: "Removed.", schema: deletedTimeEntrySchema },
  errors: [400, 403, 404, 409],
  handler: ({ user, params }) => deleteTimeEntry({ user, entryId: params.id, now: now() }),
});
