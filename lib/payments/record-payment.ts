import { db } from "@/lib/db";
import { notifyUsers } from "@/lib/notifications/notify";
import { stripe, type Stripe } from "@/lib/stripe";
import { ledgerAccounts, bookTransaction } from "./ledger";
import { DUPLICATE_PAYMENT } from "./refund-reasons";
import { enqueueSettleJob } from "./queue-settlement";
import { settleMilestone } from "./settle-milestone";
import { callStripe } from "./stripe-call";

// Stripe tells us a payment succeeded or failed (webhooks, in any order, any number of times). Stripe
// is the source of truth for whether money moved: a success is always booked, even one that arrives
// for a milestone another payment already funded — that one is refunded at once.

export async function recordCheckoutCompleted(session: Stripe.Checkout.Session) {
  const paymentId = session.metadata?.paymentId ?? session.client_reference_id;
  if (!paymentId || session.payment_status !== "paid" || !session.payment_intent) return;
  const paymentIntentId = typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent.id;
  const intent = await callStripe("confirm a payment", () => stripe().paymentIntents.retrieve(paymentIntentId));
  const chargeId = typeof intent.latest_charge === "string" ? intent.latest_charge : intent.latest_charge?.id;
  if (!chargeId) throw new Error(`payment intent ${paymentIntentId} has no charge`);

  const outcome = await db.$transaction(async (tx) => {
    const payment = await tx.payment.findUnique({
      where: { id: paymentId },
      select: { id: true, status: true, amountCents: true, currency: true, milestone: { select: { id: true, status: true, title: true, contract: { select: { id: true, title: true, clientUserId: true, expertProfile: { select: { userId: true } } } } } } },
    });
    if (!payment || payment.status === "SUCCEEDED") return null;
    const { count } = await tx.payment.updateMany({
      where: { id: payment.id, status: { in: ["PENDING", "FAILED"] } },
      data: { status: "SUCCEEDED", stripePaymentIntentId: paymentIntentId, stripeChargeId: chargeId, failureReason: null },
    });
    if (!count) return null;
    const { milestone } = payment;
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
    const funded = await tx.milestone.updateMany({
      where: { id: milestone.id, status: { in: ["FUNDING", "PENDING"] } },
      data: { status: "FUNDED", fundedAt: new Date(), fundingFailureReason: null },
    });
    if (!funded.count) {
      // Paid twice (two tabs, two sessions): give this one back, through the same settle path as any refund.
      await tx.refund.createMany({
        data: [{ milestoneId: milestone.id, paymentId: payment.id, amountCents: payment.amountCents, currency: payment.currency, reason: DUPLICATE_PAYMENT, idempotencyKey: `refund-duplicate:${payment.id}` }],
        skipDuplicates: true,
      });
      await enqueueSettleJob(tx, milestone.id, `duplicate-${payment.id}`, new Date());
      return { milestoneId: milestone.id, isDuplicate: true };
    }
    await notifyUsers(tx, [milestone.contract.clientUserId, milestone.contract.expertProfile.userId], {
      kind: "milestone.funded",
      title: `Funded: ${milestone.title}`,
      body: `The milestone of "${milestone.contract.title}" is funded and held by Vetted until the client approves the work.`,
      link: `/contracts/${milestone.contract.id}`,
      dedupeKey: `funded:${payment.id}`,
    });
    return { milestoneId: milestone.id, isDuplicate: false };
  });
  if (outcome?.isDuplicate) await settleMilestone(outcome.milestoneId);
}

/** A declined card: the milestone goes back to waiting for funding, with the reason shown; the session stays usable. */
export async function recordPaymentFailed(intent: Stripe.PaymentIntent) {
  const paymentId = intent.metadata?.paymentId;
  if (!paymentId) return;
  const reason = intent.last_payment_error?.message ?? "The payment did not go through.";
  await db.$transaction(async (tx) => {
    const payment = await tx.payment.findUnique({ where: { id: paymentId }, select: { status: true, milestoneId: true } });
    if (!payment || payment.status !== "PENDING") return;
    await tx.payment.update({ where: { id: paymentId }, data: { failureReason: reason } });
    await tx.milestone.updateMany({ where: { id: payment.milestoneId, status: "FUNDING" }, data: { status: "PENDING", fundingFailureReason: reason } });
  });
}

/** An abandoned payment page: the attempt is over and the milestone can be funded again. */
export async function recordCheckoutExpired(session: Stripe.Checkout.Session) {
  const paymentId = session.metadata?.paymentId ?? session.client_reference_id;
  if (!paymentId) return;
  await db.$transaction(async (tx) => {
    const payment = await tx.payment.findUnique({ where: { id: paymentId }, select: { status: true, milestoneId: true } });
    if (!payment || payment.status !== "PENDING") return;
    await tx.payment.update({ where: { id: paymentId }, data: { status: "FAILED", failureReason: "The payment page expired before it was paid." } });
    await tx.milestone.updateMany({ where: { id: payment.milestoneId, status: "FUNDING" }, data: { status: "PENDING", fundingFailureReason: "The payment page expired before it was paid." } });
  });
}
