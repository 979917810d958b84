import { formatMoney } from "@/lib/format";

// A completed Checkout counts as funding only when what Stripe says it took is exactly what our
// Payment row asked for: the amount, the currency, and every id we gave the session and its
// PaymentIntent. Pure, so each rule has a unit test.

type Metadata = Partial<Record<string, string>>;

export type ExpectedPayment = {
  paymentId: string;
  milestoneId: string;
  contractId: string;
  amountCents: number;
  currency: string;
  /** Null when a crash came between creating the session and storing its id. */
  checkoutSessionId: string | null;
};

export type ReceivedCheckout = {
  /** Null for an off-session charge to a saved card, which has no Checkout session. */
  sessionId: string | null;
  paymentIntentId: string;
  chargeId: string;
  /** What the charge took; `amountReceivedCents` is the PaymentIntent's own count, which must agree. */
  amountCents: number;
  amountReceivedCents: number;
  /** Upper case, as we store currencies (Stripe answers in lower case). */
  currency: string;
  sessionMetadata: Metadata;
  clientReferenceId: string | null;
  intentMetadata: Metadata;
  transferGroup: string | null;
};

/** Every way the money received differs from the payment we asked for, in words for the admin; empty when it is ours to the cent. */
export function findCheckoutMismatches(expected: ExpectedPayment, received: ReceivedCheckout): string[] {
  const mismatches: string[] = [];
  if (expected.checkoutSessionId !== null && received.sessionId !== expected.checkoutSessionId) {
    mismatches.push(`paid through Checkout session ${received.sessionId}, not this payment's session ${expected.checkoutSessionId}`);
  }
  if (received.currency !== expected.currency.toUpperCase()) mismatches.push(`charged in ${received.currency} instead of ${expected.currency}`);
  if (received.amountCents !== expected.amountCents || received.amountReceivedCents !== expected.amountCents) {
    const amountReceived =
      received.amountReceivedCents === received.amountCents ? "" : ` (the payment intent says ${formatMoney(received.amountReceivedCents, received.currency)})`;
    mismatches.push(
      `charged ${formatMoney(received.amountCents, received.currency)}${amountReceived} instead of ${formatMoney(expected.amountCents, expected.currency)}`,
    );
  }
  const ids: [string, string | null | undefined, string][] = [
    ["the session's paymentId", received.sessionMetadata.paymentId, expected.paymentId],
    ["the session's client_reference_id", received.clientReferenceId, expected.paymentId],
    ["the session's milestoneId", received.sessionMetadata.milestoneId, expected.milestoneId],
    ["the payment intent's paymentId", received.intentMetadata.paymentId, expected.paymentId],
    ["the payment intent's milestoneId", received.intentMetadata.milestoneId, expected.milestoneId],
    ["the payment intent's transfer_group", received.transferGroup, expected.contractId],
  ];
  for (const [what, actual, wanted] of ids) {
    if (actual !== wanted) mismatches.push(`${what} is ${actual ? `"${actual}"` : "missing"} instead of "${wanted}"`);
  }
  return mismatches;
}
