import { defineOperation } from "@/lib/api/operation";
import { emptyBodySchema } from "@/lib/api/schemas";
import { cardSetupSchema } from "./api-schemas";
import { startCardSetup } from "./start-card-setup";

export const startCardSetupOperation = defineOperation({
  method: "POST",
  path: "/api/v1/billing/card/setup",
  summary: "Open Stripe Checkout in setup mode to save (or replace) the company's card; nothing is charged (owners and finance members)",
  tag: "Billing",
  access: ["CLIENT"],
  input: { body: emptyBodySchema },
  output: { status: 200, description: "Send the user to checkoutUrl; Stripe sends them back to the billing page.", schema: cardSetupSchema },
  errors: [400, 401, 403, 404, 415, 503],
  handler: ({ user }) => startCardSetup({ user }),
});
