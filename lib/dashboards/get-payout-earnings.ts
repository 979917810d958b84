import type { MilestoneStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { assertRole } from "./assert-role";

// The money side of the expert's Payouts page, from our own database: what Vetted holds for them,
// what was released to their Stripe account, and which submitted milestones release by themselves
// when. What Stripe then paid out to their bank is read from Stripe (lib/payments/list-stripe-payouts.ts).

const HELD_STATUSES: MilestoneStatus[] = ["FUNDED", "SUBMITTED", "CHANGES_REQUESTED", "DISPUTED"];
const AUTO_RELEASES_SHOWN = 20;

export type PayoutEarnings = Awaited<ReturnType<typeof getPayoutEarnings>>;

export async function getPayoutEarnings({ user }: { user: SessionUser }) {
  assertRole(user, "EXPERT");
  const ownMilestones = { contract: { expertProfile: { userId: user.id } } };
  const [held, released, autoReleases] = await Promise.all([
    db.milestone.groupBy({
      by: ["currency"],
      where: { ...ownMilestones, status: { in: HELD_STATUSES } },
      _sum: { amountCents: true, releasedCents: true },
      orderBy: { currency: "asc" },
    }),
    // A pending transfer is on its way to the expert's Stripe account; failed and reversed ones are not.
    db.transfer.groupBy({
      by: ["currency"],
      where: { status: { in: ["PENDING", "PAID"] }, milestone: ownMilestones },
      _sum: { amountCents: true },
      orderBy: { currency: "asc" },
    }),
    db.milestone.findMany({
      where: { ...ownMilestones, status: "SUBMITTED", autoReleaseAt: { not: null } },
      orderBy: { autoReleaseAt: "asc" },
      take: AUTO_RELEASES_SHOWN,
      select: { id: true, title: true, amountCents: true, currency: true, autoReleaseAt: true, contract: { select: { id: true, title: true } } },
    }),
  ]);
  return {
    heldInEscrow: held
      .map((row) => ({ currency: row.currency, amountCents: (row._sum.amountCents ?? 0) - (row._sum.releasedCents ?? 0) }))
      .filter((row) => row.amountCents > 0),
    releasedToYou: released.map((row) => ({ currency: row.currency, amountCents: row._sum.amountCents ?? 0 })).filter((row) => row.amountCents > 0),
    upcomingAutoReleases: autoReleases.map(({ contract, autoReleaseAt, ...milestone }) => ({
      ...milestone,
      autoReleaseAt: autoReleaseAt!,
      contractId: contract.id,
      contractTitle: contract.title,
    })),
  };
}
