import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { requestStatementSchema, statementSchema } from "./api-schemas";
import { requestStatement } from "./request-statement";

export const requestStatementOperation = defineOperation({
  method: "POST",
  path: "/api/v1/earnings/statements",
  summary: "Ask for a month's earnings statement (PDF and CSV), built in the background; asking again for an unchanged month returns the same one",
  tag: "Payments",
  access: ["EXPERT"],
  input: { body: requestStatementSchema },
  output: { status: 202, description: "The statement, queued, building or ready; follow it with GET /api/v1/earnings.", schema: statementSchema },
  errors: [401, 403, 415, 422],
  handler: ({ user, body }) => requestStatement({ user, month: body.month, now: now() }),
});
