import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { getShortlistInsight } from "./admin-insights";
import { shortlistInsightSchema } from "./api-schemas";
import { insightsRangeQuerySchema } from "./range";

export const getShortlistInsightOperation = defineOperation({
  method: "GET",
  path: "/api/v1/admin/insights/shortlist",
  summary: "Requests submitted per week with the 8-hour shortlist promise kept or missed, and the spread of times to shortlist",
  tag: "Admin",
  access: ["ADMIN"],
  input: { query: insightsRangeQuerySchema },
  output: {
    status: 200,
    description: "One dataset of the admin insights for the range (default: the last 12 weeks; at most 366 days).",
    schema: shortlistInsightSchema,
  },
  errors: [422],
  handler: ({ user, query }) => getShortlistInsight({ user, query, now: now() }),
});
