import { describe, expect, it } from "vitest";
import { cardExpiry, cardLabel } from "@/lib/payment-methods/saved-card";
import { isContractPausedForFailedCharges, nextRetryAt } from "@/lib/payments/failed-charges";
import { findOffSessionMismatches } from "@/lib/payments/find-off-session-mismatches";

const DAY = 24 * 60 * 60 * 1000;
const first = new Date("2026-12-07T10:00:00Z");

describe("retries of a declined charge", () => {
  it("come 1, 3 and 5 days after the first decline, then stop", () => {
    const retryDays = [1, 3, 5];
    const at = (failures: number, now = first) => nextRetryAt({ retryDays, failures, firstFailureAt: first, now });
    expect(at(1)).toEqual(new Date(first.getTime() + DAY));
    expect(at(2, new Date(first.getTime() + DAY))).toEqual(new Date(first.getTime() + 3 * DAY));
    expect(at(3, new Date(first.getTime() + 3 * DAY))).toEqual(new Date(first.getTime() + 5 * DAY));
    expect(at(4, new Date(first.getTime() + 5 * DAY))).toBeNull();
  });

  it("run at once when a card replacement's extra attempt already passed the scheduled day", () => {
    const now = new Date(first.getTime() + 4 * DAY);
    expect(nextRetryAt({ retryDays: [1, 3, 5], failures: 2, firstFailureAt: first, now })).toEqual(now);
  });

  it("pause a contract only once its charges are failing", () => {
    expect(isContractPausedForFailedCharges({ chargesFailingSince: null })).toBe(false);
    expect(isContractPausedForFailedCharges({ chargesFailingSince: first })).toBe(true);
  });
});

describe("an off-session charge Stripe reports", () => {
  const expected = { paymentId: "pay_1", milestoneId: "m_1", contractId: "c_1", amountCents: 12_500, currency: "USD", paymentIntentId: null };
  const received = {
    sessionId: null,
    paymentIntentId: "pi_1",
    chargeId: "ch_1",
    amountCents: 12_500,
    amountReceivedCents: 12_500,
    currency: "USD",
    sessionMetadata: {},
    clientReferenceId: null,
    intentMetadata: { paymentId: "pay_1", milestoneId: "m_1" },
    transferGroup: "c_1",
  };

  it("counts when it is ours to the cent", () => {
    expect(findOffSessionMismatches(expected, received)).toEqual([]);
  });

  it("is held for review when the amount, currency, ids or PaymentIntent differ", () => {
    const problems = findOffSessionMismatches(
      { ...expected, paymentIntentId: "pi_other" },
      { ...received, amountCents: 12_000, currency: "EUR", intentMetadata: { paymentId: "pay_2" }, transferGroup: null },
    );
    expect(problems).toHaveLength(6);
    expect(problems.join("; ")).toContain("not this payment's pi_other");
    expect(problems.join("; ")).toContain("the payment intent's milestoneId is missing");
  });
});

describe("a saved card's words", () => {
  it('reads "Visa •••• 4242, expires 04/29"', () => {
    const card = { brand: "visa", last4: "4242", expMonth: 4, expYear: 2029 };
    expect(`${cardLabel(card)}, expires ${cardExpiry(card)}`).toBe("Visa •••• 4242, expires 04/29");
    expect(cardLabel({ brand: "amex", last4: "0005" })).toBe("American Express •••• 0005");
  });
});
