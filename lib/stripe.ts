import Stripe from "stripe";
import { env } from "@/lib/env";
import { STANDIN_WEBHOOK_SECRET } from "@/lib/production-safety";
import { observedStripeHttpClient } from "@/lib/telemetry/stripe-http-client";

// The one Stripe client. With STRIPE_SECRET_KEY it talks to Stripe; without it (development, tests,
// CI) to the project's Stripe stand-in at STRIPE_API_BASE — the same SDK, the same code, over HTTP.
// Every call is traced and its failures counted (lib/telemetry/stripe-http-client.ts).

export const STANDIN_SECRET_KEY = "sk_test_vetted_standin";
export { STANDIN_WEBHOOK_SECRET } from "@/lib/production-safety";
export const DEFAULT_STANDIN_URL = "http://localhost:12111";

const globalForStripe = globalThis as unknown as { vettedStripe?: Stripe };

export function stripe(): Stripe {
  globalForStripe.vettedStripe ??= createStripe();
  return globalForStripe.vettedStripe;
}

function createStripe() {
  const { STRIPE_SECRET_KEY, STRIPE_API_BASE, isProduction } = env();
  const httpClient = observedStripeHttpClient(Stripe.createNodeHttpClient());
  if (STRIPE_SECRET_KEY && !STRIPE_API_BASE) return new Stripe(STRIPE_SECRET_KEY, { maxNetworkRetries: 2, appInfo: { name: "Vetted" }, httpClient });
  if (isProduction && !STRIPE_API_BASE) throw new Error("STRIPE_SECRET_KEY is not set: payments need Stripe (or STRIPE_API_BASE for the stand-in).");
  const base = new URL(STRIPE_API_BASE ?? DEFAULT_STANDIN_URL);
  // Our own retries carry our own idempotency keys; the SDK's would add nothing against the stand-in.
  return new Stripe(STRIPE_SECRET_KEY ?? STANDIN_SECRET_KEY, {
    host: base.hostname,
    port: Number(base.port || (base.protocol === "https:" ? 443 : 80)),
    protocol: base.protocol === "https:" ? "https" : "http",
    maxNetworkRetries: 0,
    httpClient,
  });
}

export function stripeWebhookSecret() {
  const { STRIPE_WEBHOOK_SECRET, STRIPE_SECRET_KEY, isProduction } = env();
  if (STRIPE_WEBHOOK_SECRET) return STRIPE_WEBHOOK_SECRET;
  if (isProduction && STRIPE_SECRET_KEY) throw new Error("STRIPE_WEBHOOK_SECRET is not set: Stripe webhooks cannot be verified.");
  return STANDIN_WEBHOOK_SECRET;
}

export { Stripe };
