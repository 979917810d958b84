import { createId, nowSeconds } from "../ids";
import type { Charge, PaymentError, PaymentIntent } from "../objects";
import type { Standin } from "../standin";
import type { StoredCheckoutSession } from "../state";
import { invalidRequest, StandinError } from "../stripe-error";
import { expireSession, findCheckoutSession } from "./checkout-sessions";

export type PaymentAttempt =
  | { outcome: "paid"; stored: StoredCheckoutSession; paymentIntent: PaymentIntent; charge: Charge }
  | { outcome: "declined"; stored: StoredCheckoutSession; paymentIntent: PaymentIntent; error: PaymentError };

// Stripe's test cards, spaces removed; null means the payment succeeds.
const TEST_CARDS: Record<string, PaymentError | null> = {
  "4242424242424242": null,
  "4000000000000002": { type: "card_error", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." },
};

// The metadata key under which the stand-in records a PaymentIntent's Checkout Session (Stripe itself does not).
const CHECKOUT_SESSION_METADATA_KEY = "checkout_session";

// One attempt to pay a Checkout Session, shared by the card page and the /_standin helper.
export function payCheckoutSession(standin: Standin, sessionId: string, cardNumber: string): PaymentAttempt {
  const stored = findCheckoutSession(standin.state, sessionId);
  const { session } = stored;
  if (session.status === "open" && session.expires_at <= nowSeconds()) expireSession(standin, stored);
  if (session.status !== "open") {
    throw invalidRequest(`This Checkout Session is no longer open (status: ${session.status}).`, { code: "checkout_session_not_open" });
  }
  const digits = cardNumber.replace(/[\s-]/g, "");
  if (!Object.hasOwn(TEST_CARDS, digits)) {
    throw new StandinError(402, { type: "card_error", code: "incorrect_number", param: "card", message: "Your card number is incorrect." });
  }
  const paymentIntent = findOrCreateAttemptIntent(standin, stored);
  const decline = TEST_CARDS[digits];
  if (decline) {
    paymentIntent.status = "requires_payment_method";
    paymentIntent.last_payment_error = decline;
    standin.emitEvent("payment_intent.payment_failed", paymentIntent);
    return { outcome: "declined", stored, paymentIntent, error: decline };
  }
  const charge = createCharge(paymentIntent, digits.slice(-4));
  standin.state.charges[charge.id] = charge;
  paymentIntent.status = "succeeded";
  paymentIntent.amount_received = paymentIntent.amount;
  paymentIntent.latest_charge = charge.id;
  paymentIntent.last_payment_error = null;
  session.status = "complete";
  session.payment_status = "paid";
  session.payment_intent = paymentIntent.id;
  session.url = null;
  session.customer_details = { email: session.customer_email };
  standin.emitEvent("checkout.session.completed", session);
  standin.emitEvent("payment_intent.succeeded", paymentIntent);
  standin.emitEvent("charge.succeeded", charge);
  return { outcome: "paid", stored, paymentIntent, charge };
}

// A second attempt after a decline reuses the PaymentIntent, as Checkout does.
function findOrCreateAttemptIntent(standin: Standin, stored: StoredCheckoutSession): PaymentIntent {
  const { state } = standin;
  const existingId = stored.attempted_payment_intent;
  if (existingId && Object.hasOwn(state.paymentIntents, existingId)) return state.paymentIntents[existingId];
  const { session, payment_intent_data } = stored;
  const paymentIntent: PaymentIntent = {
    id: createId("pi"),
    object: "payment_intent",
    amount: session.amount_total,
    amount_received: 0,
    currency: session.currency,
    status: "requires_payment_method",
    description: payment_intent_data.description,
    transfer_group: payment_intent_data.transfer_group,
    latest_charge: null,
    last_payment_error: null,
    payment_method_types: ["card"],
    receipt_email: session.customer_email,
    metadata: { [CHECKOUT_SESSION_METADATA_KEY]: session.id, ...payment_intent_data.metadata },
    created: nowSeconds(),
    livemode: false,
  };
  state.paymentIntents[paymentIntent.id] = paymentIntent;
  stored.attempted_payment_intent = paymentIntent.id;
  return paymentIntent;
}

function createCharge(paymentIntent: PaymentIntent, last4: string): Charge {
  return {
    id: createId("ch"),
    object: "charge",
    amount: paymentIntent.amount,
    amount_captured: paymentIntent.amount,
    amount_refunded: 0,
    balance_transaction: createId("txn"),
    captured: true,
    paid: true,
    status: "succeeded",
    refunded: false,
    disputed: false,
    currency: paymentIntent.currency,
    description: paymentIntent.description,
    failure_code: null,
    failure_message: null,
    payment_intent: paymentIntent.id,
    payment_method_details: { type: "card", card: { brand: "visa", last4 } },
    receipt_email: paymentIntent.receipt_email,
    transfer_group: paymentIntent.transfer_group,
    metadata: { ...paymentIntent.metadata },
    created: nowSeconds(),
    livemode: false,
  };
}
