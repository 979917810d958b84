import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { getMoneyInsight } from "./admin-insights";
import { moneyInsightSchema } from "./api-schemas";
import { insightsRangeQuerySchema } from "./range";

export const getMoneyInsightOperation = defineOperation({
  method: "GET",
  path: "/api/v1/admin/insights/money",
  summary: "GMV, platform fees and refunds per week and currency from the ledger (never summed across currencies), and disputes opened and resolved per week",
  tag: "Admin",
  access: ["ADMIN"],
  input: { query: insightsRangeQuerySchema },
  output: {
    status: 200,
    description: "One dataset of the admin insights for the range (default: the last 12 weeks; at most 366 days).",
    schema: moneyInsightSchema,
  },
  errors: [422],
  handler: ({ user, query }) => getMoneyInsight({ user, query, now: now() }),
});
