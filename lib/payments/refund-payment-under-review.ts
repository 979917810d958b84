import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { formatMoney } from "@/lib/format";
import { notifyUsers } from "@/lib/notifications/notify";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { assertAdmin } from "./access";
import { enqueueSettleJob } from "./queue-settlement";
import { PAYMENT_UNDER_REVIEW } from "./refund-reasons";
import { settleMilestone } from "./settle-milestone";

/** One refund per payment under review: the Refund row's key, and the key of its Stripe call. */
export const reviewRefundKey = (paymentId: string) => `refund-review:${paymentId}`;

/**
 * An admin gives money held for review back to the card it came from. The decision is the Refund row
 * (unique by its key, so of two clicks one wins and the other gets a 409), written with a settle job
 * in one transaction; the settle path sends it and, since escrow never held this money, books nothing.
 */
export async function refundPaymentUnderReview({
  user,
  paymentId,
  now,
  httpRequestId,
}: {
  user: SessionUser;
  paymentId: string;
  now: Date;
  httpRequestId?: string;
}) {
  assertAdmin(user);
  const payment = await db.payment.findUnique({
    where: { id: paymentId },
    select: {
      id: true,
      status: true,
      amountCents: true,
      currency: true,
      receivedAmountCents: true,
      receivedCurrency: true,
      stripeChargeId: true,
      milestone: { select: { id: true, title: true, contractId: true, contract: { select: { clientUserId: true } } } },
    },
  });
  if (!payment) throw notFound("Payment");
  if (payment.status !== "NEEDS_REVIEW" || !payment.stripeChargeId) throw conflict("Only a payment held for review can be refunded from here.");
  const { milestone } = payment;
  const amountCents = payment.receivedAmountCents ?? payment.amountCents;
  const currency = payment.receivedCurrency ?? payment.currency;
  const idempotencyKey = reviewRefundKey(payment.id);

  await db.$transaction(async (tx) => {
    const { count } = await tx.refund.createMany({
      data: [{ milestoneId: milestone.id, paymentId: payment.id, amountCents, currency, reason: PAYMENT_UNDER_REVIEW, idempotencyKey }],
      skipDuplicates: true,
    });
    if (!count) throw conflict("This payment is already refunded, or its refund is on its way.");
    await enqueueSettleJob(tx, milestone.id, `review-${payment.id}`, now);
    await notifyUsers(tx, await companyRecipients(tx, { contractId: milestone.contractId }, ["viewBilling"]), {
      kind: "payment.review-refunded",
      title: `Refunded: a payment for ${milestone.title}`,
      body: `We refunded ${formatMoney(amountCents, currency)} to the card it was paid with: the payment did not match "${milestone.title}", so it was never counted as funding.`,
      link: `/contracts/${milestone.contractId}`,
      dedupeKey: `review-refunded:${payment.id}`,
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "payment.review-refunded",
      targetType: "Payment",
      targetId: payment.id,
      data: { milestoneId: milestone.id, amountCents, currency, chargeId: payment.stripeChargeId },
      requestId: httpRequestId ?? null,
    });
  });
  await settleMilestone(milestone.id);
  const refund = await db.refund.findUniqueOrThrow({ where: { idempotencyKey }, select: { id: true, status: true, amountCents: true, currency: true } });
  return { paymentId: payment.id, refundId: refund.id, refundStatus: refund.status, amountCents: refund.amountCents, currency: refund.currency };
}
