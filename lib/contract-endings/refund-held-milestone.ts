import type { MilestoneStatus } from "@/generated/prisma/enums";
import type { Transaction } from "@/lib/db";
import { heldCents } from "@/lib/milestones/release-part";
import { queueSettlement } from "@/lib/payments/queue-settlement";

type HeldMilestone = { id: string; amountCents: number; releasedCents: number; currency: string; contract: { platformFeeBps: number } };

/**
 * One guarded transition (expected statuses and released-so-far in the `where`) that refunds what a
 * held milestone still holds (its amount less any part released already) and
 * writes its Refund row (key `refund:<milestoneId>`) with the settle job beside it. False when the
 * milestone moved meanwhile: nothing is written.
 */
export async function refundHeldMilestone(tx: Transaction, milestone: HeldMilestone, options: { from: readonly MilestoneStatus[]; reason: string; now: Date }) {
  const payment = await tx.payment.findFirst({ where: { milestoneId: milestone.id, status: "SUCCEEDED" }, select: { id: true } });
  if (!payment) return false;
  const { count } = await tx.milestone.updateMany({
    where: { id: milestone.id, status: { in: [...options.from] }, releasedCents: milestone.releasedCents },
    data: { status: "REFUNDED", refundedAt: options.now, autoReleaseAt: null },
  });
  if (!count) return false;
  await queueSettlement(
    tx,
    { id: milestone.id, currency: milestone.currency, platformFeeBps: milestone.contract.platformFeeBps, paymentId: payment.id },
    { releaseCents: 0, refundCents: heldCents(milestone), refundReason: options.reason },
    options.now,
  );
  return true;
}
