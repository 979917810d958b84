import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/format";
import { notifyAdmins } from "@/lib/notifications/notify";
import type { ReceivedCheckout } from "./find-checkout-mismatches";

export type ClaimedMilestone = { id: string; title: string; amountCents: number; currency: string; contract: { title: string } };
export type ClaimedPayment = { id: string; amountCents: number; currency: string; stripeCheckoutSessionId: string | null };

type Options = {
  milestone: ClaimedMilestone;
  /** The payment the session names, when we have it. */
  payment: ClaimedPayment | null;
  received: ReceivedCheckout;
  mismatches: string[];
};

export const UNDER_REVIEW_FUNDING_REASON =
  "The payment we received did not match this milestone, so it was not counted. Our team is reviewing it and will refund it to your card; fund the milestone again to continue.";

/**
 * Money Stripe took that does not match what we asked for: nothing is funded or booked, an admin
 * decides (refund it). When the session is the payment's own, that payment holds the money and the
 * milestone goes back to waiting for funding with a reason the client understands. When it is
 * another session naming our payment, it gets a Payment row of its own and the client's real
 * payment page is left alone, still payable. Only the run that changes a row alerts and audits, so a
 * replayed or concurrent webhook changes nothing twice.
 */
export async function holdPaymentForReview({ milestone, payment, received, mismatches }: Options) {
  const reviewReason = mismatches.join("; ");
  const receivedColumns = {
    status: "NEEDS_REVIEW" as const,
    stripeCheckoutSessionId: received.sessionId,
    stripePaymentIntentId: received.paymentIntentId,
    stripeChargeId: received.chargeId,
    reviewReason,
    receivedAmountCents: received.amountCents,
    receivedCurrency: received.currency,
  };
  const isOwnSession = payment !== null && (payment.stripeCheckoutSessionId === null || payment.stripeCheckoutSessionId === received.sessionId);
  const expected = payment ?? milestone;

  await db.$transaction(async (tx) => {
    let reviewPaymentId: string;
    if (isOwnSession) {
      const { count } = await tx.payment.updateMany({
        where: { id: payment.id, status: { in: ["PENDING", "FAILED"] } },
        data: { ...receivedColumns, failureReason: null },
      });
      if (!count) return;
      reviewPaymentId = payment.id;
      await tx.milestone.updateMany({
        where: { id: milestone.id, status: "FUNDING" },
        data: { status: "PENDING", fundingFailureReason: UNDER_REVIEW_FUNDING_REASON },
      });
    } else {
      const idempotencyKey = `review:${received.sessionId ?? received.paymentIntentId}`;
      const { count } = await tx.payment.createMany({
        data: [{ milestoneId: milestone.id, amountCents: expected.amountCents, currency: expected.currency, idempotencyKey, ...receivedColumns }],
        skipDuplicates: true,
      });
      if (!count) return;
      reviewPaymentId = (await tx.payment.findUniqueOrThrow({ where: { idempotencyKey }, select: { id: true } })).id;
    }
    const receivedMoney = formatMoney(received.amountCents, received.currency);
    await notifyAdmins(tx, {
      kind: "payment.needs-review",
      title: `Payment held for review: ${milestone.title}`,
      body: `Stripe took ${receivedMoney} for "${milestone.title}" (${milestone.contract.title}), which does not match what we asked for: ${reviewReason}. Nothing was funded. Look at it, and refund it to the client, on the ledger page.`,
      link: `/admin/ledger#payment-${reviewPaymentId}`,
      dedupeKey: `payment-review:${reviewPaymentId}`,
    });
    await recordAudit(tx, {
      actorId: null,
      action: "payment.held-for-review",
      targetType: "Payment",
      targetId: reviewPaymentId,
      data: {
        milestoneId: milestone.id,
        expectedCents: expected.amountCents,
        expectedCurrency: expected.currency,
        receivedCents: received.amountCents,
        receivedCurrency: received.currency,
        checkoutSessionId: received.sessionId,
        paymentIntentId: received.paymentIntentId,
        chargeId: received.chargeId,
        reasons: mismatches,
      },
    });
  });
}
