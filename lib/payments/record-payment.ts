import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import type { Stripe } from "@/lib/stripe";
import { findCheckoutMismatches, type ReceivedCheckout } from "./find-checkout-mismatches";
import { holdPaymentForReview } from "./hold-payment-for-review";
import { readCompletedCheckout } from "./read-completed-checkout";
import { CLAIMED_PAYMENT_SELECT, recordVerifiedPayment } from "./record-verified-payment";

// Stripe tells us a payment succeeded or failed (webhooks, in any order, any number of times). Stripe
// is the source of truth for whether money moved, and for how much: a success is counted only when
// the session, its PaymentIntent and its charge, read again from Stripe, match our Payment row to the
// cent; anything else is held for an admin's review (hold-payment-for-review.ts). A matching success
// is always booked, even one for a milestone another payment already funded — that one is refunded at once
// (record-verified-payment.ts, shared with off-session charges to a saved card).

/** `session` is the webhook's copy: it only says which session to read again from Stripe. */
export async function recordCheckoutCompleted(session: Stripe.Checkout.Session) {
  if (!(session.metadata?.paymentId ?? session.client_reference_id) || session.payment_status !== "paid") return;
  const received = await readCompletedCheckout(session.id);
  if (!received) return;
  const paymentId = received.sessionMetadata.paymentId ?? received.clientReferenceId;
  const payment = paymentId ? await db.payment.findUnique({ where: { id: paymentId }, select: CLAIMED_PAYMENT_SELECT }) : null;
  if (!payment) return holdUnknownPayment(paymentId, received);

  const mismatches = findCheckoutMismatches(
    {
      paymentId: payment.id,
      milestoneId: payment.milestone.id,
      contractId: payment.milestone.contract.id,
      amountCents: payment.amountCents,
      currency: payment.currency,
      checkoutSessionId: payment.stripeCheckoutSessionId,
    },
    received,
  );
  if (mismatches.length) return holdPaymentForReview({ milestone: payment.milestone, payment, received, mismatches });
  await recordVerifiedPayment(payment, received, clockNow());
}

/**
 * A paid session naming a payment we do not have: held for review on the milestone it names, if that
 * exists. Otherwise it is left for ledger:check, which reports the charge as not in our books.
 */
async function holdUnknownPayment(paymentId: string | null, received: ReceivedCheckout) {
  const milestoneId = received.sessionMetadata.milestoneId ?? received.intentMetadata.milestoneId;
  const milestone = milestoneId
    ? await db.milestone.findUnique({
        where: { id: milestoneId },
        select: { id: true, title: true, amountCents: true, currency: true, contract: { select: { title: true } } },
      })
    : null;
  if (!milestone) {
    logger.warn(
      { checkoutSessionId: received.sessionId, chargeId: received.chargeId, paymentId },
      "a paid Checkout session names no payment or milestone of ours",
    );
    return;
  }
  await holdPaymentForReview({ milestone, payment: null, received, mismatches: [`names payment "${paymentId ?? "(none)"}", which we do not have`] });
}

/** A declined card: the milestone goes back to waiting for funding, with the reason shown; the session stays usable. */
export async function recordPaymentFailed(intent: Stripe.PaymentIntent) {
  const paymentId = intent.metadata?.paymentId;
  if (!paymentId) return;
  const reason = intent.last_payment_error?.message ?? "The payment did not go through.";
  await db.$transaction(async (tx) => {
    const payment = await tx.payment.findUnique({ where: { id: paymentId }, select: { status: true, milestoneId: true } });
    if (payment?.status !== "PENDING") return;
    await tx.payment.update({ where: { id: paymentId }, data: { failureReason: reason } });
    await tx.milestone.updateMany({ where: { id: payment.milestoneId, status: "FUNDING" }, data: { status: "PENDING", fundingFailureReason: reason } });
  });
}

/** An abandoned payment page: the attempt is over and the milestone can be funded again. Another session naming our payment ends nothing of ours. */
export async function recordCheckoutExpired(session: Stripe.Checkout.Session) {
  const paymentId = session.metadata?.paymentId ?? session.client_reference_id;
  if (!paymentId) return;
  await db.$transaction(async (tx) => {
    const payment = await tx.payment.findUnique({ where: { id: paymentId }, select: { status: true, milestoneId: true, stripeCheckoutSessionId: true } });
    if (payment?.status !== "PENDING") return;
    if (payment.stripeCheckoutSessionId !== null && payment.stripeCheckoutSessionId !== session.id) return;
    await tx.payment.update({ where: { id: paymentId }, data: { status: "FAILED", failureReason: "The payment page expired before it was paid." } });
    await tx.milestone.updateMany({
      where: { id: payment.milestoneId, status: "FUNDING" },
      data: { status: "PENDING", fundingFailureReason: "The payment page expired before it was paid." },
    });
  });
}
