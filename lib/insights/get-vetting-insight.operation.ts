import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { getVettingInsight } from "./admin-insights";
import { vettingInsightSchema } from "./api-schemas";
import { insightsRangeQuerySchema } from "./range";

export const getVettingInsightOperation = defineOperation({
  method: "GET",
  path: "/api/v1/admin/insights/vetting",
  summary: "Applications submitted and vetting decisions taken per week, stage conversion of the range's applicants and the median time in each stage",
  tag: "Admin",
  access: ["ADMIN"],
  input: { query: insightsRangeQuerySchema },
  output: {
    status: 200,
    description: "One dataset of the admin insights for the range (default: the last 12 weeks; at most 366 days).",
    schema: vettingInsightSchema,
  },
  errors: [422],
  handler: ({ user, query }) => getVettingInsight({ user, query, now: now() }),
});
