import type { Transaction } from "@/lib/db";
import { notifyUsers } from "@/lib/notifications/notify";
import { companyRecipients } from "@/lib/teams/company-recipients";

// A client may shortlist and hire an expert whose payouts are not ready; funding waits for them
// (lib/milestones/start-funding.ts). The expert is nudged, at most once a day, and the clients are
// told when funding opens.

const NUDGE_INTERVAL_MS = 24 * 60 * 60 * 1000;

/**
 * Nudges the expert to finish payout setup because `companyName` is waiting on it. The guarded
 * update of payoutNudgedAt is the daily dedupe: of any number of shortlists and hires in a day,
 * only the first writes a notification. Returns whether it did.
 */
export async function nudgeExpertAboutPayouts(
  tx: Transaction,
  { expertProfileId, companyName, now }: { expertProfileId: string; companyName: string; now: Date },
) {
  const { count } = await tx.expertProfile.updateMany({
    where: {
      id: expertProfileId,
      payoutsEnabled: false,
      OR: [{ payoutNudgedAt: null }, { payoutNudgedAt: { lte: new Date(now.getTime() - NUDGE_INTERVAL_MS) } }],
    },
    data: { payoutNudgedAt: now },
  });
  if (!count) return false;
  const { userId } = await tx.expertProfile.findUniqueOrThrow({ where: { id: expertProfileId }, select: { userId: true } });
  await notifyUsers(tx, [userId], {
    kind: "payouts.setup-nudge",
    title: "A client is ready to work with you: finish your payout setup",
    body: `${companyName} would like to work with you. They can fund your work once your Stripe payout setup is finished; it takes about five minutes.`,
    link: "/expert/payouts",
    dedupeKey: `payout-nudge:${expertProfileId}:${now.toISOString().slice(0, 10)}`,
  });
  return true;
}

/** The expert's payouts just turned on: every client with an open contract with them may fund now. */
export async function notifyClientsFundingOpen(tx: Transaction, stripeAccountId: string) {
  const contracts = await tx.contract.findMany({
    where: { expertProfile: { stripeAccountId }, status: { in: ["PROPOSED", "ACTIVE"] }, endedAt: null },
    select: { id: true, title: true, expertProfile: { select: { user: { select: { name: true } } } } },
  });
  for (const contract of contracts) {
    const expertName = contract.expertProfile.user.name;
    await notifyUsers(tx, await companyRecipients(tx, { contractId: contract.id }, ["fund"]), {
      kind: "payouts.funding-open",
      title: `Funding is open: ${contract.title}`,
      body: `${expertName} finished their payout setup, so you can now fund milestones of “${contract.title}”.`,
      link: `/contracts/${contract.id}`,
      dedupeKey: `funding-open:${contract.id}:${stripeAccountId}`,
    });
  }
}
