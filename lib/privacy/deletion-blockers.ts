import { db, type Transaction } from "@/lib/db";
import type { DeletionBlocker } from "./deletion-blocker";
import { findMatchingBlockers } from "./matching-blockers";

// Why an account cannot be deleted yet, in the user's words. Money held and work under way need a
// person on both sides, and a company's other members need an owner: each is resolved first.

const HELD_MILESTONES = ["FUNDING", "FUNDED", "SUBMITTED", "CHANGES_REQUESTED", "DISPUTED"] as const;

/** For the settings page: what stands in the way right now (deleteAccount checks again while it holds the user's row). */
export const listDeletionBlockers = (userId: string) => db.$transaction((tx) => findDeletionBlockers(userId, tx));

export async function findDeletionBlockers(userId: string, client: Transaction): Promise<DeletionBlocker[]> {
  const yourContracts = { OR: [{ clientUserId: userId }, { expertProfile: { userId } }] };
  const onYourContracts = { milestone: { contract: yourContracts } };
  const [user, openContracts, heldMilestones, pendingTransfers, pendingRefunds, paymentsInFlight, openDisputes, ownedCompanies] = await Promise.all([
    client.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true } }),
    client.contract.findMany({ where: { ...yourContracts, status: { in: ["PROPOSED", "ACTIVE", "DISPUTED"] } }, select: { title: true, status: true } }),
    client.milestone.count({ where: { contract: yourContracts, status: { in: [...HELD_MILESTONES] } } }),
    client.transfer.count({ where: { ...onYourContracts, status: "PENDING" } }),
    client.refund.count({ where: { ...onYourContracts, status: "PENDING" } }),
    client.payment.count({ where: { ...onYourContracts, status: { in: ["PENDING", "NEEDS_REVIEW"] } } }),
    client.dispute.count({ where: { contract: yourContracts, status: "OPEN" } }),
    client.companyMember.findMany({
      where: { userId, role: "OWNER" },
      select: { company: { select: { name: true, members: { select: { userId: true, role: true } } } } },
    }),
  ]);
  const blockers: DeletionBlocker[] = [...(await findMatchingBlockers(userId, client))];
  if (user.role === "ADMIN") {
    blockers.push({ code: "admin", message: "Admin accounts are closed by another admin, so the console is never left without one." });
  }
  if (heldMilestones || paymentsInFlight) {
    blockers.push({
      code: "money-held",
      message: `Vetted holds money on ${heldMilestones + paymentsInFlight} of your milestones or payments. It must be released or refunded first.`,
    });
  }
  if (pendingTransfers) blockers.push({ code: "payout-pending", message: "A payout to you is still on its way. Wait until it has arrived." });
  if (pendingRefunds) blockers.push({ code: "refund-pending", message: "A refund is still being processed. Wait until it has gone through." });
  if (openDisputes) blockers.push({ code: "dispute-open", message: "A dispute on one of your contracts is still open. It must be resolved first." });
  for (const contract of openContracts) {
    const what = contract.status === "PROPOSED" ? "is a proposal waiting for an answer: withdraw or decline it" : "is still under way: complete or cancel it";
    blockers.push({ code: "contract-open", message: `Your contract "${contract.title}" ${what} first.` });
  }
  for (const { company } of ownedCompanies) {
    const hasOthers = company.members.some((member) => member.userId !== userId);
    const hasOtherOwner = company.members.some((member) => member.userId !== userId && member.role === "OWNER");
    if (hasOthers && !hasOtherOwner) {
      blockers.push({ code: "sole-owner", message: `You are the only owner of ${company.name}, which has other members. Make one of them an owner first.` });
    }
  }
  return blockers;
}
