import { defineOperation } from "@/lib/api/operation";
import { onboardingLinkSchema, startOnboardingBodySchema } from "./api-schemas";
import { startPayoutOnboarding } from "./payouts";

export const startPayoutOnboardingOperation = defineOperation({
  method: "POST",
  path: "/api/v1/payouts/onboarding",
  summary: "A Stripe Connect onboarding link (creates the Express account, in the chosen country, on first use)",
  tag: "Payments",
  access: ["EXPERT"],
  input: { body: startOnboardingBodySchema },
  output: { status: 200, description: "Send the expert to url.", schema: onboardingLinkSchema },
  errors: [401, 403, 409, 422, 503],
  handler: ({ user, body }) => startPayoutOnboarding({ user, country: body.country }),
});
