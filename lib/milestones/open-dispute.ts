import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db, type Transaction } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { notifyAdmins, notifyUsers } from "@/lib/notifications/notify";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { partyMilestoneWhere } from "./access";
import type { OpenDisputeInput } from "./schemas";

const DISPUTABLE = ["FUNDED", "SUBMITTED", "CHANGES_REQUESTED"] as const;

/**
 * Either side disputes a milestone whose money is held. The milestone and the contract freeze (no
 * release, no auto-release, no cancel) until an admin resolves it; admins can then read the
 * contract's conversation.
 */
export async function openDispute(options: { user: SessionUser; milestoneId: string; input: OpenDisputeInput }) {
  const { user, milestoneId, input } = options;
  const milestone = await db.milestone.findFirst({
    where: partyMilestoneWhere(user, milestoneId),
    select: {
      id: true,
      title: true,
      status: true,
      contractId: true,
      contract: { select: { title: true, clientUserId: true, expertProfile: { select: { userId: true } } } },
    },
  });
  if (!milestone) throw notFound("Milestone");
  return db.$transaction((tx) => openDisputeIn(tx, { user, milestone, reason: input.reason }));
}

type DisputedMilestone = {
  id: string;
  title: string;
  contractId: string;
  contract: { title: string; expertProfile: { userId: string } };
};

/** The dispute itself, in the caller's transaction (also used when an expert disputes a refund asked for at a contract's end). */
export async function openDisputeIn(tx: Transaction, options: { user: SessionUser; milestone: DisputedMilestone; reason: string }) {
  const { user, milestone, reason } = options;
  const { count } = await tx.milestone.updateMany({
    where: { id: milestone.id, status: { in: [...DISPUTABLE] }, contract: { status: { in: ["ACTIVE", "DISPUTED"] } } },
    data: { status: "DISPUTED", autoReleaseAt: null },
  });
  if (!count) throw conflict("Only a funded milestone that is not yet released can be disputed.");
  await tx.contract.updateMany({ where: { id: milestone.contractId, status: "ACTIVE" }, data: { status: "DISPUTED" } });
  const dispute = await tx.dispute.create({
    data: { contractId: milestone.contractId, milestoneId: milestone.id, openedById: user.id, reason },
    select: { id: true, status: true },
  });
  const others =
    user.role === "CLIENT"
      ? [milestone.contract.expertProfile.userId]
      : await companyRecipients(tx, { contractId: milestone.contractId }, ["approveWork", "viewBilling"]);
  const link = `/contracts/${milestone.contractId}`;
  await notifyUsers(tx, others, {
    kind: "dispute.opened",
    title: `Dispute opened: ${milestone.title}`,
    body: `${user.name} opened a dispute. The money stays held by Vetted until an admin decides; you can add your side in the conversation.`,
    link,
  });
  await notifyAdmins(tx, {
    kind: "dispute.opened",
    title: `Dispute to resolve: ${milestone.contract.title}`,
    body: reason.slice(0, 300),
    link: "/admin/disputes",
  });
  await recordAudit(tx, {
    actorId: user.id,
    companyId: companyOf(user),
    action: "dispute.opened",
    targetType: "Dispute",
    targetId: dispute.id,
    data: { milestoneId: milestone.id },
  });
  return { disputeId: dispute.id, milestoneStatus: "DISPUTED" as const };
}
