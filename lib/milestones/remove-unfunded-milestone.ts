import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { closeOpenCheckouts } from "@/lib/payments/close-open-checkouts";
import { updateContractAfterSettlement } from "@/lib/payments/finalize-milestone";
import { syncContractTotal } from "./contract-total";

/**
 * An unfunded milestone costs nothing to cancel: it is removed and the contract total shrinks. A
 * payment page still open for it (after a declined card) is expired first, so it cannot be paid
 * afterwards; if it was paid in that very moment, the milestone is funded and stays.
 */
export async function removeUnfundedMilestone(options: { user: SessionUser; milestone: { id: string; amountCents: number; contractId: string }; now: Date }) {
  const { user, milestone, now } = options;
  await closeOpenCheckouts(milestone.id);
  return db.$transaction(async (tx) => {
    if (await tx.payment.count({ where: { milestoneId: milestone.id, status: { not: "FAILED" } } })) {
      throw conflict("A payment for this milestone is in progress; wait for it to finish, then cancel.");
    }
    const attempts = await tx.payment.findMany({ where: { milestoneId: milestone.id }, select: { id: true, stripeCheckoutSessionId: true } });
    // Failed attempts moved no money; the audit entry keeps their Stripe ids.
    await tx.payment.deleteMany({ where: { milestoneId: milestone.id, status: "FAILED" } });
    const { count } = await tx.milestone.deleteMany({ where: { id: milestone.id, status: "PENDING" } });
    if (!count) throw conflict("This milestone changed meanwhile; reload and try again.");
    await syncContractTotal(tx, milestone.contractId);
    await updateContractAfterSettlement(tx, milestone.contractId, now);
    await recordAudit(tx, {
      actorId: user.id,
      companyId: companyOf(user),
      action: "milestone.removed",
      targetType: "Milestone",
      targetId: milestone.id,
      data: { amountCents: milestone.amountCents, failedPaymentAttempts: attempts },
    });
    return { milestoneId: milestone.id, outcome: "removed" as const };
  });
}
