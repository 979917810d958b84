import { describe, expect, it } from "vitest";
import { type ExpectedPayment, findCheckoutMismatches, type ReceivedCheckout } from "@/lib/payments/find-checkout-mismatches";

const expected: ExpectedPayment = {
  paymentId: "pay_1",
  milestoneId: "ms_1",
  contractId: "ct_1",
  amountCents: 10_200,
  currency: "USD",
  checkoutSessionId: "cs_ours",
};
const ids = { paymentId: "pay_1", milestoneId: "ms_1", contractId: "ct_1" };
const honest: ReceivedCheckout = {
  sessionId: "cs_ours",
  paymentIntentId: "pi_1",
  chargeId: "ch_1",
  amountCents: 10_200,
  amountReceivedCents: 10_200,
  currency: "USD",
  sessionMetadata: ids,
  clientReferenceId: "pay_1",
  intentMetadata: { ...ids, checkout_session: "cs_ours" },
  transferGroup: "ct_1",
};

describe("a completed Checkout against the payment we asked for", () => {
  it("finds nothing wrong with our own session paid in full, and none with one whose id we never stored (a crash)", () => {
    expect(findCheckoutMismatches(expected, honest)).toEqual([]);
    expect(findCheckoutMismatches({ ...expected, checkoutSessionId: null }, { ...honest, sessionId: "cs_unknown" })).toEqual([]);
  });

  it("names a different amount, in money, whether the charge or the payment intent says it", () => {
    expect(findCheckoutMismatches(expected, { ...honest, amountCents: 100, amountReceivedCents: 100 })).toEqual(["charged $1.00 instead of $102.00"]);
    expect(findCheckoutMismatches(expected, { ...honest, amountReceivedCents: 100 })).toEqual([
      "charged $102.00 (the payment intent says $1.00) instead of $102.00",
    ]);
  });

  it("compares currencies whatever their case, and names a different one", () => {
    expect(findCheckoutMismatches({ ...expected, currency: "usd" }, honest)).toEqual([]);
    expect(findCheckoutMismatches(expected, { ...honest, currency: "EUR" })).toEqual(["charged in EUR instead of USD"]);
  });

  it("names another session, and every id that points elsewhere or is missing", () => {
    const received = {
      ...honest,
      sessionId: "cs_other",
      clientReferenceId: null,
      sessionMetadata: { paymentId: "pay_1", milestoneId: "ms_2" },
      intentMetadata: { milestoneId: "ms_1" },
      transferGroup: null,
    };
    expect(findCheckoutMismatches(expected, received)).toEqual([
      "paid through Checkout session cs_other, not this payment's session cs_ours",
      `the session's client_reference_id is missing instead of "pay_1"`,
      `the session's milestoneId is "ms_2" instead of "ms_1"`,
      `the payment intent's paymentId is missing instead of "pay_1"`,
      `the payment intent's transfer_group is missing instead of "ct_1"`,
    ]);
  });
});
