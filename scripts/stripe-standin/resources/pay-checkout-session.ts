import { createId, nowSeconds } from "../ids";
import type { Charge, PaymentError, PaymentIntent, PaymentMethod } from "../objects";
import type { Standin } from "../standin";
import type { StoredCheckoutSession } from "../state";
import { invalidRequest } from "../stripe-error";
import { createCharge } from "./charges";
import { expireSession, findCheckoutSession } from "./checkout-sessions";
import { attachPaymentMethod, createCardPaymentMethod } from "./payment-methods";
import { findSetupIntent } from "./setup-intents";
import { readExpiry, readTestCard } from "./test-cards";

export type PaymentAttempt =
  | { outcome: "paid"; stored: StoredCheckoutSession; paymentIntent: PaymentIntent; charge: Charge }
  | { outcome: "saved"; stored: StoredCheckoutSession; paymentMethod: PaymentMethod }
  | { outcome: "declined"; stored: StoredCheckoutSession; error: PaymentError };

/** What the card page collects: the number, and (in setup mode) the expiry, "MM/YY". */
export type EnteredCard = { number: string; expiry?: string };

// The metadata key under which the stand-in records a PaymentIntent's Checkout Session (Stripe itself does not).
const CHECKOUT_SESSION_METADATA_KEY = "checkout_session";

// One attempt to pay a Checkout Session (or, in setup mode, to save a card), shared by the card page and the /_standin helper.
export function payCheckoutSession(standin: Standin, sessionId: string, card: EnteredCard): PaymentAttempt {
  const stored = findCheckoutSession(standin.state, sessionId);
  const { session } = stored;
  if (session.status === "open" && session.expires_at <= nowSeconds()) expireSession(standin, stored);
  if (session.status !== "open") {
    throw invalidRequest(`This Checkout Session is no longer open (status: ${session.status}).`, { code: "checkout_session_not_open" });
  }
  if (session.mode === "setup") return saveCardForSession(standin, stored, card);
  const { digits, outcome } = readTestCard(card.number);
  const paymentIntent = findOrCreateAttemptIntent(standin, stored);
  const decline = outcome.chargeError;
  if (decline) {
    paymentIntent.status = "requires_payment_method";
    paymentIntent.last_payment_error = decline;
    standin.emitEvent("payment_intent.payment_failed", paymentIntent);
    return { outcome: "declined", stored, error: decline };
  }
  const charge = createCharge(paymentIntent, { last4: digits.slice(-4), ...readExpiry(undefined) }, null);
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
    amount: session.amount_total ?? 0,
    amount_received: 0,
    currency: session.currency ?? "usd",
    status: "requires_payment_method",
    description: payment_intent_data.description,
    transfer_group: payment_intent_data.transfer_group,
    customer: session.customer,
    payment_method: null,
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

// Setup mode: the card is checked (a SetupIntent), saved as a PaymentMethod and attached to the session's customer.
function saveCardForSession(standin: Standin, stored: StoredCheckoutSession, card: EnteredCard): PaymentAttempt {
  const { session } = stored;
  const { digits, outcome } = readTestCard(card.number);
  const expiry = readExpiry(card.expiry);
  const setupIntent = findSetupIntent(standin.state, session.setup_intent ?? "");
  if (outcome.setupError) {
    setupIntent.last_setup_error = outcome.setupError;
    standin.emitEvent("setup_intent.setup_failed", setupIntent);
    return { outcome: "declined", stored, error: outcome.setupError };
  }
  const paymentMethod = createCardPaymentMethod(standin, digits, expiry);
  if (session.customer !== null) attachPaymentMethod(standin, paymentMethod, session.customer);
  setupIntent.status = "succeeded";
  setupIntent.payment_method = paymentMethod.id;
  setupIntent.last_setup_error = null;
  session.status = "complete";
  session.url = null;
  session.customer_details = { email: session.customer_email };
  standin.emitEvent("checkout.session.completed", session);
  standin.emitEvent("setup_intent.succeeded", setupIntent);
  return { outcome: "saved", stored, paymentMethod };
}
