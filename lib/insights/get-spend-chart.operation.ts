import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { spendChartSchema } from "./api-schemas";
import { getSpendChart } from "./client-spend";

export const getSpendChartOperation = defineOperation({
  method: "GET",
  path: "/api/v1/billing/spend",
  summary: "The company's spend over the last 12 months (UTC): funded, refunded and net per month and currency (owners and finance members)",
  tag: "Billing",
  access: ["CLIENT"],
  output: { status: 200, description: "One series per currency, a point per month.", schema: spendChartSchema },
  errors: [403],
  handler: ({ user }) => getSpendChart({ user, now: now() }),
});
