import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { issueReceipt } from "@/lib/invoices/issue";
import { logger } from "@/lib/logger";
import { notifyUsers } from "@/lib/notifications/notify";
import type { Stripe } from "@/lib/stripe";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { platformFee } from "./fees";
import { findCheckoutMismatches, type ReceivedCheckout } from "./find-checkout-mismatches";
import { holdPaymentForReview } from "./hold-payment-for-review";
import { bookTransaction, ledgerAccounts } from "./ledger";
import { enqueueSettleJob } from "./queue-settlement";
import { readCompletedCheckout } from "./read-completed-checkout";
import { DUPLICATE_PAYMENT } from "./refund-reasons";
import { queueBonusRelease } from "./release-bonus";
import { settleMilestone } from "./settle-milestone";

// Stripe tells us a payment succeeded or failed (webhooks, in any order, any number of times). Stripe
// is the source of truth for whether money moved, and for how much: a success is counted only when
// the session, its PaymentIntent and its charge, read again from Stripe, match our Payment row to the
// cent; anything else is held for an admin's review (hold-payment-for-review.ts). A matching success
// is always booked, even one for a milestone another payment already funded — that one is refunded at once.

const CLAIMED_PAYMENT_SELECT = {
  id: true,
  status: true,
  amountCents: true,
  currency: true,
  stripeCheckoutSessionId: true,
  milestone: {
    select: {
      id: true,
      title: true,
      kind: true,
      amountCents: true,
      currency: true,
      contract: { select: { id: true, title: true, clientUserId: true, platformFeeBps: true, expertProfile: { select: { userId: true } } } },
    },
  },
} as const;

/** `session` is the webhook's copy: it only says which session to read again from Stripe. */
export async function recordCheckoutCompleted(session: Stripe.Checkout.Session) {
  if (!(session.metadata?.paymentId ?? session.client_reference_id) || session.payment_status !== "paid") return;
  const received = await readCompletedCheckout(session.id);
  if (!received) return;
  const paymentId = received.sessionMetadata.paymentId ?? received.clientReferenceId;
  const payment = paymentId ? await db.payment.findUnique({ where: { id: paymentId }, select: CLAIMED_PAYMENT_SELECT }) : null;
  if (!payment) return holdUnknownPayment(paymentId, received);

  const { milestone } = payment;
  const mismatches = findCheckoutMismatches(
    {
      paymentId: payment.id,
      milestoneId: milestone.id,
      contractId: milestone.contract.id,
      amountCents: payment.amountCents,
      currency: payment.currency,
      checkoutSessionId: payment.stripeCheckoutSessionId,
    },
    received,
  );
  if (mismatches.length) return holdPaymentForReview({ milestone, payment, received, mismatches });
  if (payment.status === "SUCCEEDED") return;
  const now = clockNow();
  const outcome = await db.$transaction(async (tx) => {
    const { count } = await tx.payment.updateMany({
      where: { id: payment.id, status: { in: ["PENDING", "FAILED"] } },
      data: { status: "SUCCEEDED", stripePaymentIntentId: received.paymentIntentId, stripeChargeId: received.chargeId, failureReason: null },
    });
    if (!count) return null;
    const accounts = ledgerAccounts(milestone.contract.id, payment.currency);
    await bookTransaction(tx, {
      kind: "funding",
      idempotencyKey: `fund:${payment.id}`,
      description: `Client funded "${milestone.title}"`,
      contractId: milestone.contract.id,
      milestoneId: milestone.id,
      currency: payment.currency,
      entries: [
        { account: accounts.clientFunding, amountCents: -payment.amountCents },
        { account: accounts.escrow, amountCents: payment.amountCents },
      ],
    });
    // Every booked charge gets its receipt, numbered in this transaction (a duplicate too: its refund gets a credit note).
    await issueReceipt(tx, { paymentId: payment.id, now, expertSideFee: platformFee });
    // A bonus is released the moment it is funded, in the same guarded transition (release-bonus.ts).
    const isBonus = milestone.kind === "BONUS";
    const funded = await tx.milestone.updateMany({
      where: { id: milestone.id, status: { in: ["FUNDING", "PENDING"] } },
      data: isBonus
        ? { status: "RELEASED", fundedAt: now, releasedAt: now, releasedCents: payment.amountCents, fundingFailureReason: null }
        : { status: "FUNDED", fundedAt: now, fundingFailureReason: null },
    });
    if (!funded.count) {
      // Paid twice (two tabs, two sessions): give this one back, through the same settle path as any refund.
      await tx.refund.createMany({
        data: [
          {
            milestoneId: milestone.id,
            paymentId: payment.id,
            amountCents: payment.amountCents,
            currency: payment.currency,
            reason: DUPLICATE_PAYMENT,
            idempotencyKey: `refund-duplicate:${payment.id}`,
          },
        ],
        skipDuplicates: true,
      });
      await enqueueSettleJob(tx, milestone.id, `duplicate-${payment.id}`, now);
      return { milestoneId: milestone.id, isDuplicate: true };
    }
    if (isBonus) {
      await queueBonusRelease(tx, { milestone, paymentId: payment.id, amountCents: payment.amountCents, now });
      return { milestoneId: milestone.id, isDuplicate: false, isBonus: true };
    }
    await notifyUsers(tx, [...(await companyRecipients(tx, { contractId: milestone.contract.id }, ["viewBilling"])), milestone.contract.expertProfile.userId], {
      kind: "milestone.funded",
      title: `Funded: ${milestone.title}`,
      body: `The milestone of "${milestone.contract.title}" is funded and held by Vetted until the client approves the work.`,
      link: `/contracts/${milestone.contract.id}`,
      dedupeKey: `funded:${payment.id}`,
    });
    return { milestoneId: milestone.id, isDuplicate: false, isBonus: false };
  });
  if (outcome?.isDuplicate || outcome?.isBonus) await settleMilestone(outcome.milestoneId);
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
