import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { getContractsInsight } from "./admin-insights";
import { contractsInsightSchema } from "./api-schemas";
import { insightsRangeQuerySchema } from "./range";

export const getContractsInsightOperation = defineOperation({
  method: "GET",
  path: "/api/v1/admin/insights/contracts",
  summary: "Contracts active at the end of each week, and how many started and ended in it",
  tag: "Admin",
  access: ["ADMIN"],
  input: { query: insightsRangeQuerySchema },
  output: {
    status: 200,
    description: "One dataset of the admin insights for the range (default: the last 12 weeks; at most 366 days).",
    schema: contractsInsightSchema,
  },
  errors: [422],
  handler: ({ user, query }) => getContractsInsight({ user, query, now: now() }),
});
