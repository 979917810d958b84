import { formatMoney } from "@/lib/format";
import type { ReceivedCheckout } from "./find-checkout-mismatches";

// An off-session charge counts as funding only when Stripe's PaymentIntent and charge are exactly what
// our Payment row asked for: the amount, the currency and every id we gave the PaymentIntent. Pure.

export type ExpectedCharge = {
  paymentId: string;
  milestoneId: string;
  contractId: string;
  amountCents: number;
  currency: string;
  /** Set once Stripe answered (a decline, or a success already seen); null before. */
  paymentIntentId: string | null;
};

export function findOffSessionMismatches(expected: ExpectedCharge, received: ReceivedCheckout): string[] {
  const mismatches: string[] = [];
  if (expected.paymentIntentId !== null && received.paymentIntentId !== expected.paymentIntentId) {
    mismatches.push(`paid through payment intent ${received.paymentIntentId}, not this payment's ${expected.paymentIntentId}`);
  }
  if (received.currency !== expected.currency.toUpperCase()) mismatches.push(`charged in ${received.currency} instead of ${expected.currency}`);
  if (received.amountCents !== expected.amountCents || received.amountReceivedCents !== expected.amountCents) {
    mismatches.push(`charged ${formatMoney(received.amountCents, received.currency)} instead of ${formatMoney(expected.amountCents, expected.currency)}`);
  }
  const ids: [string, string | null | undefined, string][] = [
    ["the payment intent's paymentId", received.intentMetadata.paymentId, expected.paymentId],
    ["the payment intent's milestoneId", received.intentMetadata.milestoneId, expected.milestoneId],
    ["the payment intent's transfer_group", received.transferGroup, expected.contractId],
  ];
  for (const [what, actual, wanted] of ids) {
    if (actual !== wanted) mismatches.push(`${what} is ${actual ? `"${actual}"` : "missing"} instead of "${wanted}"`);
  }
  return mismatches;
}
