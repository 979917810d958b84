import { defineOperation } from "@/lib/api/operation";
import { payoutStatusSchema } from "./api-schemas";
import { getPayoutStatus } from "./payouts";

export const getPayoutStatusOperation = defineOperation({
  method: "GET",
  path: "/api/v1/payouts",
  summary: "Your Stripe payout account: whether payouts are enabled and what Stripe still needs",
  tag: "Payments",
  access: ["EXPERT"],
  output: { status: 200, description: "Payout status.", schema: payoutStatusSchema },
  errors: [401, 403, 503],
  handler: ({ user }) => getPayoutStatus({ user }),
});
