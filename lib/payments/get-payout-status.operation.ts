import { defineOperation } from "@/lib/api/operation";
import { payoutStatusSchema } from "./api-schemas";
import { getPayoutStatus } from "./payout-status";

export const getPayoutStatusOperation = defineOperation({
  method: "GET",
  path: "/api/v1/payouts",
  summary: "Your Stripe payout account, read from Stripe now: whether payouts are enabled, what Stripe still needs, country, currency, schedule",
  tag: "Payments",
  access: ["EXPERT"],
  output: { status: 200, description: "Payout status.", schema: payoutStatusSchema },
  errors: [401, 403, 503],
  handler: ({ user }) => getPayoutStatus({ user }),
});
