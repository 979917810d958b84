import { requireVerifiedEmail } from "@/lib/accounts/require-verified-email";
import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { openCheckout } from "@/lib/payments/open-checkout";
import { clientMilestoneWhere } from "./access";
import { assertMilestoneTransition } from "./transitions";

/**
 * The client pays a milestone through Stripe Checkout: PENDING → FUNDING, then the payment page
 * (lib/payments/open-checkout.ts). Funding again while FUNDING returns the page already open.
 */
export async function startFunding({ user, milestoneId }: { user: SessionUser; milestoneId: string }) {
  const milestone = await db.milestone.findFirst({
    where: { ...clientMilestoneWhere(user, milestoneId, "fund"), kind: { not: "HOURLY_WEEK" } },
    select: {
      id: true,
      title: true,
      status: true,
      amountCents: true,
      currency: true,
      contract: {
        select: { id: true, title: true, status: true, endedAt: true, expertProfile: { select: { payoutsEnabled: true, user: { select: { name: true } } } } },
      },
    },
  });
  if (!milestone) throw notFound("Milestone");
  await requireVerifiedEmail(db, user.id);
  const { contract } = milestone;
  if (contract.status !== "ACTIVE") throw conflict("Milestones can be funded while the contract is active.");
  if (contract.endedAt) throw conflict("This contract has ended, so no more milestones can be funded.");
  if (!contract.expertProfile.payoutsEnabled) {
    throw conflict(
      `Funding opens when ${contract.expertProfile.user.name} finishes payout setup with Stripe, so the money can reach them. We have reminded them and will tell you when it opens.`,
    );
  }
  if (milestone.status !== "FUNDING") assertMilestoneTransition(milestone.status, "FUNDING", "fund");

  if (milestone.status === "PENDING") {
    await db.$transaction(async (tx) => {
      const { count } = await tx.milestone.updateMany({
        where: { id: milestone.id, status: "PENDING", contract: { endedAt: null } },
        data: { status: "FUNDING", fundingFailureReason: null },
      });
      if (count) {
        await recordAudit(tx, {
          actorId: user.id,
          companyId: companyOf(user),
          action: "milestone.funding-started",
          targetType: "Milestone",
          targetId: milestone.id,
          data: { contractId: contract.id, amountCents: milestone.amountCents },
        });
      }
    });
    // A concurrent click may have moved it first; only FUNDING lets this one go on.
    const current = await db.milestone.findUnique({ where: { id: milestone.id }, select: { status: true } });
    if (current?.status !== "FUNDING") throw conflict("This milestone changed meanwhile; reload and try again.");
  }
  return openCheckout({
    id: milestone.id,
    title: milestone.title,
    amountCents: milestone.amountCents,
    currency: milestone.currency,
    contract: { id: contract.id, title: contract.title },
  });
}
