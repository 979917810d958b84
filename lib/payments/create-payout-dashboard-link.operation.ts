import { defineOperation } from "@/lib/api/operation";
import { emptyBodySchema } from "@/lib/api/schemas";
import { onboardingLinkSchema } from "./api-schemas";
import { createPayoutDashboardLink } from "./payouts";

export const createPayoutDashboardLinkOperation = defineOperation({
  method: "POST",
  path: "/api/v1/payouts/dashboard-link",
  summary: "A one-time link to the expert's Stripe Express dashboard",
  tag: "Payments",
  access: ["EXPERT"],
  input: { body: emptyBodySchema },
  output: { status: 200, description: "Send the expert to url.", schema: onboardingLinkSchema },
  errors: [401, 403, 409, 503],
  handler: ({ user }) => createPayoutDashboardLink({ user }),
});
