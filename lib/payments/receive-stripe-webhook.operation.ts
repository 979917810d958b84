import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { receiveStripeWebhook } from "./webhooks";

// Stripe is the caller: no session, and the signature covers the exact bytes of the body, so the
// handler reads it itself.

export const receiveStripeWebhookOperation = defineOperation({
  method: "POST",
  path: "/api/webhooks/stripe",
  summary: "Stripe webhooks: verified by signature on the raw body, stored by event id, processed once by the job queue",
  tag: "Payments",
  access: "public",
  input: { rawBody: { contentType: "application/json", description: "The event exactly as Stripe sent it, signed in the Stripe-Signature header." } },
  headers: [{ name: "stripe-signature", description: "Stripe's signature of the raw body." }],
  output: { status: 200, description: "Received (or already received).", schema: z.object({ received: z.boolean(), isDuplicate: z.boolean() }) },
  errors: [400],
  handler: async ({ request }) => receiveStripeWebhook({ rawBody: await request.text(), signature: request.headers.get("stripe-signature") }),
});
