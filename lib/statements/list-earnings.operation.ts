import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { earningsSchema } from "./api-schemas";
import { listEarnings } from "./list-earnings";

export const listEarningsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/earnings",
  summary: "Your earnings by calendar month (UTC): net released per currency, the month so far, and each month's statement",
  tag: "Payments",
  access: ["EXPERT"],
  output: { status: 200, description: "Newest month first.", schema: earningsSchema },
  errors: [401, 403],
  handler: ({ user }) => listEarnings({ user, now: now() }),
});
