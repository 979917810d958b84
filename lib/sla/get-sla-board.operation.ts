import { defineOperation } from "@/lib/api/operation";
import { getSlaBoard } from "./get-sla-board";
import { slaBoardQuerySchema, slaBoardSchema } from "./schemas";

export const getSlaBoardOperation = defineOperation({
  method: "GET",
  path: "/api/v1/admin/sla",
  summary: "The SLA board: open requests by time left with risk flags, and time-to-shortlist statistics",
  tag: "Admin",
  access: ["ADMIN"],
  input: { query: slaBoardQuerySchema },
  output: { status: 200, description: "The board.", schema: slaBoardSchema },
  errors: [422],
  handler: ({ user, query }) => getSlaBoard({ user, periodDays: query.periodDays }),
});
