import { describe, expect, it } from "vitest";
import { stripePathTemplate } from "@/lib/telemetry/stripe-http-client";

// Spans of Stripe calls are named by the path with its ids taken out, so that one kind of call has one name.

describe("stripePathTemplate", () => {
  it("replaces Stripe ids and keeps resource names", () => {
    expect(stripePathTemplate("/v1/accounts/acct_1Nv0FGQ9RKHgCVdK")).toBe("/v1/accounts/{id}");
    expect(stripePathTemplate("/v1/account_links")).toBe("/v1/account_links");
    expect(stripePathTemplate("/v1/checkout/sessions/cs_test_a1B2c3D4")).toBe("/v1/checkout/sessions/{id}");
    expect(stripePathTemplate("/v1/transfers/tr_3Mtw8KLkdIwHu7ix/reversals")).toBe("/v1/transfers/{id}/reversals");
    expect(stripePathTemplate("/v1/payment_intents/pi_123?expand[]=latest_charge")).toBe("/v1/payment_intents/{id}");
  });
});
