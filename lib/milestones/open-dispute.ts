import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { db, type Transaction } from "@/lib/db";
import { DISPUTE_CATEGORY_LABEL } from "@/lib/disputes/categories";
import { adminCaseLink, caseLink } from "@/lib/disputes/recipients";
import type { OpeningEvidence } from "@/lib/disputes/schemas";
import { startDisputeCase } from "@/lib/disputes/start-case";
import { conflict, notFound } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
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
  const evidence = { category: input.category ?? "OTHER", links: input.links ?? [], fileIds: input.fileIds ?? [] };
  return db.$transaction((tx) => openDisputeIn(tx, { user, milestone, reason: input.reason.trim(), evidence, now: now() }));
}

type DisputedMilestone = {
  id: string;
  title: string;
  contractId: string;
  contract: { title: string; expertProfile: { userId: string } };
};

/** The dispute itself, in the caller's transaction (also used when an expert disputes a refund asked for at a contract's end). */
export async function openDisputeIn(
  tx: Transaction,
  options: { user: SessionUser; milestone: DisputedMilestone; reason: string; evidence?: OpeningEvidence; now: Date },
) {
  const { user, milestone, reason, now } = options;
  const evidence = options.evidence ?? { category: "OTHER", links: [], fileIds: [] };
  const { count } = await tx.milestone.updateMany({
    where: { id: milestone.id, status: { in: [...DISPUTABLE] }, contract: { status: { in: ["ACTIVE", "DISPUTED"] } } },
    data: { status: "DISPUTED", autoReleaseAt: null },
  });
  if (!count) throw conflict("Only a funded milestone that is not yet released can be disputed.");
  await tx.contract.updateMany({ where: { id: milestone.contractId, status: "ACTIVE" }, data: { status: "DISPUTED" } });
  const dispute = await tx.dispute.create({
    data: { contractId: milestone.contractId, milestoneId: milestone.id, openedById: user.id, reason, createdAt: now },
    select: { id: true, status: true },
  });
  const openerSide = user.role === "CLIENT" ? "CLIENT" : "EXPERT";
  const { responseDueAt } = await startDisputeCase(tx, {
    disputeId: dispute.id,
    openerSide,
    authorId: user.id,
    category: evidence.category,
    statement: reason,
    links: evidence.links,
    fileIds: evidence.fileIds,
    uploader: user,
    now,
  });
  const others =
    user.role === "CLIENT"
      ? [milestone.contract.expertProfile.userId]
      : await companyRecipients(tx, { contractId: milestone.contractId }, ["approveWork", "viewBilling"]);
  await notifyUsers(tx, others, {
    kind: "dispute.opened",
    title: `Dispute opened: ${milestone.title}`,
    body: `${user.name} opened a dispute (${DISPUTE_CATEGORY_LABEL[evidence.category].toLowerCase()}). The money stays held by Vetted until an admin decides. Respond with your statement and evidence by ${formatDateTime(responseDueAt)} UTC; without a response, an admin decides on what ${user.name} submitted.`,
    link: caseLink(milestone.contractId),
  });
  await notifyAdmins(tx, {
    kind: "dispute.opened",
    title: `Dispute to resolve: ${milestone.contract.title}`,
    body: reason.slice(0, 300),
    link: adminCaseLink(dispute.id),
  });
  await recordAudit(tx, {
    actorId: user.id,
    companyId: companyOf(user),
    action: "dispute.opened",
    targetType: "Dispute",
    targetId: dispute.id,
    data: { milestoneId: milestone.id, category: evidence.category, files: evidence.fileIds.length, links: evidence.links.length },
  });
  return { disputeId: dispute.id, milestoneStatus: "DISPUTED" as const };
}
