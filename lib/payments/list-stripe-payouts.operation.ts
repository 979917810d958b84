import { defineOperation } from "@/lib/api/operation";
import { stripePayoutListSchema } from "./api-schemas";
import { listStripePayouts } from "./list-stripe-payouts";

export const listStripePayoutsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/payouts/paid-out",
  summary: "Payouts from the expert's Stripe account to their bank: amount, status, arrival date",
  tag: "Payments",
  access: ["EXPERT"],
  output: { status: 200, description: "The latest payouts, newest first.", schema: stripePayoutListSchema },
  errors: [401, 403, 503],
  handler: ({ user }) => listStripePayouts({ user }),
});
