import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { queueSettlement } from "@/lib/payments/queue-settlement";
import { settleMilestone } from "@/lib/payments/settle-milestone";
import { clientMilestoneWhere } from "./access";
import { heldCents } from "./release-part";
import { assertMilestoneTransition } from "./transitions";

// An hourly week is approved before it is charged: its milestone goes straight from FUNDED to RELEASED
// when the week's review window is over ("week-released"); a fixed milestone is released once submitted.
type Trigger = "approved" | "auto-release" | "week-released";

const VERB: Record<Trigger, string> = { approved: "approve and release", "auto-release": "auto-release", "week-released": "release" };

/** The client approves submitted work: the milestone's amount, minus the platform fee, goes to the expert. */
export async function approveMilestone({ user, milestoneId, now }: { user: SessionUser; milestoneId: string; now: Date }) {
  const milestone = await db.milestone.findFirst({
    where: { ...clientMilestoneWhere(user, milestoneId, "approveWork"), kind: { not: "HOURLY_WEEK" } },
    select: { id: true },
  });
  if (!milestone) throw notFound("Milestone");
  await releaseMilestone({ milestoneId, trigger: "approved", now, actorId: user.id, companyId: user.companyId });
  return db.milestone.findUniqueOrThrow({ where: { id: milestoneId }, select: { id: true, status: true, releasedAt: true } });
}

/**
 * SUBMITTED → RELEASED, decided in one guarded transition: of two approvals (a double click, approval
 * racing the 14-day timer, a cancel or a dispute) exactly one wins, and the rest get a 409. The payout
 * is written in the same transaction and sent right after; the ledger books it when Stripe confirms.
 */
export async function releaseMilestone(options: { milestoneId: string; trigger: Trigger; now: Date; actorId?: string; companyId?: string | null }) {
  const { milestoneId, trigger, now } = options;
  await db.$transaction(async (tx) => {
    const milestone = await tx.milestone.findUniqueOrThrow({
      where: { id: milestoneId },
      select: {
        id: true,
        status: true,
        amountCents: true,
        releasedCents: true,
        currency: true,
        kind: true,
        contract: { select: { status: true, platformFeeBps: true } },
        payments: { where: { status: "SUCCEEDED" }, take: 1, select: { id: true } },
      },
    });
    if (milestone.contract.status === "DISPUTED") throw conflict("This contract is in dispute: nothing is released until an admin resolves it.");
    assertMilestoneTransition(milestone.status, "RELEASED", VERB[trigger]);
    const isWeek = trigger === "week-released";
    if (isWeek !== (milestone.kind === "HOURLY_WEEK")) throw conflict("This milestone is released another way; reload to see it.");
    const payment = milestone.payments[0];
    if (!payment) throw new Error(`milestone ${milestone.id} is ${milestone.status.toLowerCase()} without a succeeded payment`);
    const { count } = await tx.milestone.updateMany({
      where: { id: milestone.id, status: isWeek ? "FUNDED" : "SUBMITTED", releasedCents: milestone.releasedCents, contract: { status: "ACTIVE" } },
      data: { status: "RELEASED", releasedAt: now, autoReleaseAt: null, releasedCents: milestone.amountCents },
    });
    if (!count) throw conflict("This milestone was just released, disputed or changed; reload to see it.");
    await queueSettlement(
      tx,
      { id: milestone.id, currency: milestone.currency, platformFeeBps: milestone.contract.platformFeeBps, paymentId: payment.id },
      // Parts released earlier went out already: this releases what is still held.
      { releaseCents: heldCents(milestone), refundCents: 0, refundReason: "" },
      now,
    );
    await recordAudit(tx, {
      actorId: options.actorId ?? null,
      companyId: options.companyId ?? null,
      action: `milestone.${trigger}`,
      targetType: "Milestone",
      targetId: milestone.id,
      data: { amountCents: heldCents(milestone) },
    });
  });
  await settleMilestone(milestoneId);
}
