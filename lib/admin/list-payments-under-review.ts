import { db } from "@/lib/db";
import { PAYMENT_UNDER_REVIEW } from "@/lib/payments/refund-reasons";

// Payments Stripe completed that did not match what we asked for (status NEEDS_REVIEW): what was
// expected, what was received and why it was held, and whether it has been refunded. Those waiting for
// a decision come first. The caller checks that the reader is an admin.

const MAX_AWAITING = 50;
const MAX_DECIDED = 10;

const SELECT = {
  id: true,
  amountCents: true,
  currency: true,
  receivedAmountCents: true,
  receivedCurrency: true,
  reviewReason: true,
  stripeCheckoutSessionId: true,
  stripePaymentIntentId: true,
  stripeChargeId: true,
  milestone: { select: { id: true, title: true, contract: { select: { id: true, title: true } } } },
  refunds: { where: { reason: PAYMENT_UNDER_REVIEW }, select: { status: true, updatedAt: true } },
} as const;

export type ReviewState = "AWAITING_DECISION" | "REFUND_PENDING" | "REFUNDED" | "REFUND_FAILED";
export type PaymentsUnderReview = Awaited<ReturnType<typeof listPaymentsUnderReview>>;
export type PaymentUnderReview = PaymentsUnderReview["payments"][number];

/** Up to 50 payments waiting for a decision, newest first, and how many there are; then the 10 latest refunded. */
export async function listPaymentsUnderReview() {
  const awaitingWhere = { status: "NEEDS_REVIEW" as const, refunds: { none: { reason: PAYMENT_UNDER_REVIEW } } };
  const [awaitingCount, awaiting, decided] = await Promise.all([
    db.payment.count({ where: awaitingWhere }),
    db.payment.findMany({ where: awaitingWhere, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: MAX_AWAITING, select: SELECT }),
    db.payment.findMany({
      where: { status: "NEEDS_REVIEW", refunds: { some: { reason: PAYMENT_UNDER_REVIEW } } },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: MAX_DECIDED,
      select: SELECT,
    }),
  ]);
  const payments = [...awaiting, ...decided];
  const held = await db.auditLog.findMany({
    where: { action: "payment.held-for-review", targetType: "Payment", targetId: { in: payments.map((payment) => payment.id) } },
    select: { targetId: true, createdAt: true },
  });
  const heldAt = new Map(held.map((entry) => [entry.targetId, entry.createdAt]));
  return {
    awaitingCount,
    payments: payments.map((payment) => {
      const refund = payment.refunds[0] ?? null;
      return {
        id: payment.id,
        milestoneId: payment.milestone.id,
        milestoneTitle: payment.milestone.title,
        contractId: payment.milestone.contract.id,
        contractTitle: payment.milestone.contract.title,
        expectedCents: payment.amountCents,
        expectedCurrency: payment.currency,
        receivedCents: payment.receivedAmountCents ?? payment.amountCents,
        receivedCurrency: payment.receivedCurrency ?? payment.currency,
        reason: payment.reviewReason ?? "No reason was recorded.",
        stripeCheckoutSessionId: payment.stripeCheckoutSessionId,
        stripePaymentIntentId: payment.stripePaymentIntentId,
        stripeChargeId: payment.stripeChargeId,
        heldAt: heldAt.get(payment.id) ?? null,
        refundedAt: refund?.status === "SUCCEEDED" ? refund.updatedAt : null,
        state: reviewState(refund?.status ?? null),
      };
    }),
  };
}

function reviewState(refundStatus: "PENDING" | "SUCCEEDED" | "FAILED" | null): ReviewState {
  if (refundStatus === "SUCCEEDED") return "REFUNDED";
  if (refundStatus === "PENDING") return "REFUND_PENDING";
  if (refundStatus === "FAILED") return "REFUND_FAILED";
  return "AWAITING_DECISION";
}
