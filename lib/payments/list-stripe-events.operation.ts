import { defineOperation } from "@/lib/api/operation";
import { stripeEventListSchema, stripeEventsQuerySchema } from "./api-schemas";
import { listStripeEvents } from "./list-stripe-events";

export const listStripeEventsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/admin/stripe-events",
  summary: "The Stripe webhook event log",
  tag: "Admin",
  access: ["ADMIN"],
  input: { query: stripeEventsQuerySchema },
  output: { status: 200, description: "Events, newest first.", schema: stripeEventListSchema },
  errors: [401, 403, 422],
  handler: ({ user, query }) => listStripeEvents({ user, query }),
});
