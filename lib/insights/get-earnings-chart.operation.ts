import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { earningsChartSchema } from "./api-schemas";
import { getEarningsChart } from "./expert-earnings";

export const getEarningsChartOperation = defineOperation({
  method: "GET",
  path: "/api/v1/earnings/chart",
  summary: "The expert's own earnings over the last 12 months (UTC): released before the fee and paid out, per month and currency",
  tag: "Earnings",
  access: ["EXPERT"],
  output: { status: 200, description: "One series per currency, a point per month.", schema: earningsChartSchema },
  errors: [403],
  handler: ({ user }) => getEarningsChart({ user, now: now() }),
});
