import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Transaction } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueJobs } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";
import { stripe } from "@/lib/stripe";
import { nextRetryAt } from "./failed-charges";
import { findOffSessionMismatches } from "./find-off-session-mismatches";
import { holdPaymentForReview } from "./hold-payment-for-review";
import { notifyChargeDeclined } from "./notify-charge-declined";
import { CLAIMED_PAYMENT_SELECT, recordVerifiedPayment } from "./record-verified-payment";
import { callStripe } from "./stripe-call";

// What Stripe says of an off-session charge, from the job's own call or a webhook, in any order and any
// number of times. A success counts only as Stripe has it when read again (the PaymentIntent and its
// charge) and when it matches our Payment row; it is then recorded exactly as a Checkout funding is.

const isChargeAttempt = (payment: { idempotencyKey: string }) => payment.idempotencyKey.startsWith("charge:");

/** Whether a webhook's PaymentIntent is one of our off-session charges (its payment's key says so). */
export async function isOffSessionPayment(paymentId: string | undefined) {
  if (!paymentId) return false;
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { idempotencyKey: true } });
  return payment !== null && isChargeAttempt(payment);
}

/** payment_intent.succeeded / payment_failed of an off-session charge: what Stripe has now decides. */
export async function recordOffSessionIntent(paymentIntentId: string, now: Date) {
  const intent = await callStripe("confirm a charge", () => stripe().paymentIntents.retrieve(paymentIntentId));
  if (intent.status === "succeeded") return recordOffSessionCharge(intent.id, now);
  const paymentId = intent.metadata?.paymentId;
  if (intent.last_payment_error && paymentId && (await isOffSessionPayment(paymentId))) {
    const reason = intent.last_payment_error.message ?? "The card was declined.";
    await recordDeclinedCharge(paymentId, { reason, paymentIntentId: intent.id }, now);
  }
}

export async function recordOffSessionCharge(paymentIntentId: string, now: Date) {
  const intent = await callStripe("confirm a charge", () => stripe().paymentIntents.retrieve(paymentIntentId, { expand: ["latest_charge"] }));
  const charge = intent.latest_charge;
  if (intent.status !== "succeeded" || !charge || typeof charge === "string" || !charge.paid || charge.status !== "succeeded") return;
  const paymentId = intent.metadata?.paymentId;
  const payment = paymentId ? await db.payment.findUnique({ where: { id: paymentId }, select: CLAIMED_PAYMENT_SELECT }) : null;
  if (!payment || !isChargeAttempt(payment)) {
    logger.warn({ paymentIntentId, paymentId }, "a succeeded off-session charge names no charge attempt of ours");
    return;
  }
  const received = {
    sessionId: null,
    paymentIntentId: intent.id,
    chargeId: charge.id,
    amountCents: charge.amount,
    amountReceivedCents: intent.amount_received,
    currency: charge.currency.toUpperCase(),
    sessionMetadata: {},
    clientReferenceId: null,
    intentMetadata: intent.metadata ?? {},
    transferGroup: intent.transfer_group ?? null,
  };
  const mismatches = findOffSessionMismatches(
    {
      paymentId: payment.id,
      milestoneId: payment.milestone.id,
      contractId: payment.milestone.contract.id,
      amountCents: payment.amountCents,
      currency: payment.currency,
      paymentIntentId: payment.stripePaymentIntentId,
    },
    received,
  );
  if (mismatches.length) return holdPaymentForReview({ milestone: payment.milestone, payment, received, mismatches });
  await recordVerifiedPayment(payment, received, now, { onFunded: (tx) => clearFailingIfSettled(tx, payment.milestone.contract.id) });
}

/** The contract's charges stop failing once none of its milestones waits on a declined charge. */
async function clearFailingIfSettled(tx: Transaction, contractId: string) {
  const stillFailing = await tx.milestone.count({
    where: { contractId, status: "PENDING", payments: { some: { status: "FAILED", idempotencyKey: { startsWith: "charge:" } } } },
  });
  if (!stillFailing) await tx.contract.updateMany({ where: { id: contractId, chargesFailingSince: { not: null } }, data: { chargesFailingSince: null } });
}

/**
 * A declined attempt: the Payment is FAILED and the milestone back to PENDING with the reason, in one
 * guarded change, so only the first report of it schedules the retry and emails the company. After the
 * last retry the contract's charges are failing.
 */
export async function recordDeclinedCharge(paymentId: string, { reason, paymentIntentId }: { reason: string; paymentIntentId: string | null }, now: Date) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.payment.updateMany({
      where: { id: paymentId, status: "PENDING" },
      data: { status: "FAILED", failureReason: reason, ...(paymentIntentId ? { stripePaymentIntentId: paymentIntentId } : {}) },
    });
    if (!count) return;
    const payment = await tx.payment.findUniqueOrThrow({
      where: { id: paymentId },
      select: { milestoneId: true, amountCents: true, currency: true, milestone: { select: { contractId: true } } },
    });
    const failed = await tx.payment.findMany({
      where: { milestoneId: payment.milestoneId, status: "FAILED", idempotencyKey: { startsWith: "charge:" } },
      select: { createdAt: true },
      orderBy: { createdAt: "asc" },
    });
    const retryAt = nextRetryAt({ retryDays: env().CHARGE_RETRY_DAYS, failures: failed.length, firstFailureAt: failed[0].createdAt, now });
    await tx.milestone.updateMany({
      where: { id: payment.milestoneId, status: "FUNDING" },
      data: { status: "PENDING", fundingFailureReason: reason, nextChargeAt: retryAt },
    });
    if (retryAt) {
      await enqueueJobs(tx, [
        {
          kind: "payments.charge-saved-card",
          payload: { milestoneId: payment.milestoneId },
          runAt: retryAt,
          dedupeKey: `charge:${payment.milestoneId}:retry-${failed.length}`,
        },
      ]);
    } else {
      await tx.contract.updateMany({ where: { id: payment.milestone.contractId, chargesFailingSince: null }, data: { chargesFailingSince: now } });
      await recordAudit(tx, {
        actorId: null,
        action: "contract.charges-failing",
        targetType: "Contract",
        targetId: payment.milestone.contractId,
        data: { paymentId },
      });
    }
    await recordAudit(tx, {
      actorId: null,
      action: "payment.charge-declined",
      targetType: "Payment",
      targetId: paymentId,
      data: { milestoneId: payment.milestoneId, reason, attempt: failed.length, nextRetryAt: retryAt?.toISOString() ?? null },
    });
    await notifyChargeDeclined(tx, { paymentId, milestoneId: payment.milestoneId, reason, attempt: failed.length, retryAt });
  });
}
