import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { getSkillsInsight } from "./admin-insights";
import { skillsInsightSchema } from "./api-schemas";
import { insightsRangeQuerySchema } from "./range";

export const getSkillsInsightOperation = defineOperation({
  method: "GET",
  path: "/api/v1/admin/insights/skills",
  summary: "The most requested skills of the range's requests beside the approved experts offering each",
  tag: "Admin",
  access: ["ADMIN"],
  input: { query: insightsRangeQuerySchema },
  output: {
    status: 200,
    description: "One dataset of the admin insights for the range (default: the last 12 weeks; at most 366 days).",
    schema: skillsInsightSchema,
  },
  errors: [422],
  handler: ({ user, query }) => getSkillsInsight({ user, query, now: now() }),
});
