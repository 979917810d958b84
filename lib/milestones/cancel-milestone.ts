import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { queueSettlement } from "@/lib/payments/queue-settlement";
import { settleMilestone } from "@/lib/payments/settle-milestone";
import { clientMilestoneWhere } from "./access";
import { heldCents } from "./release-part";
import { removeUnfundedMilestone } from "./remove-unfunded-milestone";

/**
 * The client cancels a milestone. Unfunded, it costs nothing: it is removed (the contract is
 * cancelled when nothing is left). Funded and not yet delivered, the whole amount is refunded. Delivered work is not cancelled but disputed, so an admin hears both sides.
 */
export async function cancelMilestone({ user, milestoneId, now }: { user: SessionUser; milestoneId: string; now: Date }) {
  const milestone = await db.milestone.findFirst({
    where: { ...clientMilestoneWhere(user, milestoneId, "manageContracts"), kind: { not: "HOURLY_WEEK" } },
    select: {
      id: true,
      kind: true,
      status: true,
      amountCents: true,
      releasedCents: true,
      currency: true,
      contractId: true,
      contract: { select: { status: true, endedAt: true, platformFeeBps: true } },
    },
  });
  if (!milestone) throw notFound("Milestone");
  if (milestone.contract.status !== "ACTIVE") throw conflict("Milestones can be cancelled while the contract is active.");
  if (milestone.contract.endedAt) throw conflict("This contract has ended: its held money follows the ending rules on the contract page.");

  // An unpaid bonus is removed like any unfunded milestone; a paid one was released already.
  if (milestone.status === "PENDING") return removeUnfundedMilestone({ user, milestone, now });
  if (milestone.kind !== "FIXED") throw conflict("Only a fixed-price milestone can be cancelled and refunded.");
  if (milestone.status === "FUNDING") throw conflict("A payment for this milestone is in progress; wait for it to finish, then cancel.");
  if (milestone.status === "SUBMITTED" || milestone.status === "CHANGES_REQUESTED") {
    throw conflict("The expert has delivered work for this milestone: open a dispute instead, and an admin will decide.");
  }
  if (milestone.status !== "FUNDED") throw conflict("This milestone is settled or in dispute, so it cannot be cancelled.");

  await db.$transaction(async (tx) => {
    const payment = await tx.payment.findFirst({ where: { milestoneId: milestone.id, status: "SUCCEEDED" }, select: { id: true } });
    const { count } = await tx.milestone.updateMany({
      where: { id: milestone.id, status: "FUNDED", releasedCents: milestone.releasedCents },
      data: { status: "REFUNDED", refundedAt: now, autoReleaseAt: null },
    });
    if (!count || !payment) throw conflict("This milestone changed meanwhile; reload and try again.");
    await queueSettlement(
      tx,
      { id: milestone.id, currency: milestone.currency, platformFeeBps: milestone.contract.platformFeeBps, paymentId: payment.id },
      // Parts already released stay with the expert: only what is still held goes back.
      { releaseCents: 0, refundCents: heldCents(milestone), refundReason: "milestone cancelled" },
      now,
    );
    await recordAudit(tx, {
      actorId: user.id,
      companyId: companyOf(user),
      action: "milestone.cancelled",
      targetType: "Milestone",
      targetId: milestone.id,
      data: { refundCents: heldCents(milestone) },
    });
  });
  await settleMilestone(milestone.id);
  return { milestoneId: milestone.id, outcome: "refunded" as const };
}
