import { defineOperation } from "@/lib/api/operation";
import { emptyBodySchema } from "@/lib/api/schemas";
import { onboardingLinkSchema } from "./api-schemas";
import { startPayoutOnboarding } from "./payouts";

export const startPayoutOnboardingOperation = defineOperation({
  method: "POST",
  path: "/api/v1/payouts/onboarding",
  summary: "A Stripe Connect onboarding link (creates the Express account on first use)",
  tag: "Payments",
  access: ["EXPERT"],
  input: { body: emptyBodySchema },
  output: { status: 200, description: "Send the expert to url.", schema: onboardingLinkSchema },
  errors: [401, 403, 409, 503],
  handler: ({ user }) => startPayoutOnboarding({ user }),
});
