import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { contractPathSchema, listTimeEntriesQuerySchema, weekEntriesSchema } from "./api-schemas";
import { listTimeEntries } from "./get-timesheet";

export const listTimeEntriesOperation = defineOperation({
  method: "GET",
  path: "/api/v1/contracts/{id}/time-entries",
  summary: "The time entries of one week of an hourly contract (the current week unless ?week= names a Monday)",
  tag: "Timesheets",
  access: "user",
  input: { params: contractPathSchema, query: listTimeEntriesQuerySchema },
  output: { status: 200, description: "The week's entries.", schema: weekEntriesSchema },
  errors: [400, 404, 422],
  handler: ({ user, params, query }) => listTimeEntries({ user, contractId: params.id, week: query.week, now: now() }),
});
