import { stripe } from "@/lib/stripe";
import type { ReceivedCheckout } from "./find-checkout-mismatches";
import { callStripe } from "./stripe-call";

// The webhook only says where to look: the session, its PaymentIntent and its charge are read again
// from Stripe, in one call, before anything is counted.

/** The paid session as Stripe has it now, or null when no money moved (not paid, or the intent did not succeed). */
export async function readCompletedCheckout(sessionId: string): Promise<ReceivedCheckout | null> {
  const session = await callStripe("confirm a payment", () => stripe().checkout.sessions.retrieve(sessionId, { expand: ["payment_intent.latest_charge"] }));
  const intent = session.payment_intent;
  if (session.payment_status !== "paid" || !intent) return null;
  if (typeof intent === "string") throw new Error(`checkout session ${session.id}: its payment intent was not expanded`);
  if (intent.status !== "succeeded") return null;
  const charge = intent.latest_charge;
  if (!charge || typeof charge === "string") throw new Error(`payment intent ${intent.id} has no charge`);
  if (!charge.paid || charge.status !== "succeeded") return null;
  return {
    sessionId: session.id,
    paymentIntentId: intent.id,
    chargeId: charge.id,
    amountCents: charge.amount,
    amountReceivedCents: intent.amount_received,
    currency: charge.currency.toUpperCase(),
    sessionMetadata: session.metadata ?? {},
    clientReferenceId: session.client_reference_id,
    intentMetadata: intent.metadata ?? {},
    transferGroup: intent.transfer_group ?? null,
  };
}
