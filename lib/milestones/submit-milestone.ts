import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { attachFiles } from "@/lib/files/attach-files";
import { formatDate } from "@/lib/format";
import { notifyUsers } from "@/lib/notifications/notify";
import { expertSideWhere } from "@/lib/parties/sides";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { AUTO_RELEASE_AFTER_MS, scheduleAutoRelease } from "./auto-release";
import { recordSubmission } from "./milestone-submissions";
import type { SubmitMilestoneInput } from "./schemas";
import { assertMilestoneTransition } from "./transitions";

/**
 * The contract's expert hands in a funded milestone (again, after changes were requested). Each
 * hand-in is a new round of the milestone's timeline; the milestone's own columns hold the latest.
 * The client has 14 days to approve or ask for changes; after that it is released automatically.
 * Files handed in stay on their round for good: the client reviews them, and a released milestone keeps them.
 */
export async function submitMilestone({ user, milestoneId, input, now }: { user: SessionUser; milestoneId: string; input: SubmitMilestoneInput; now: Date }) {
  if (user.role !== "EXPERT") throw new AppError("FORBIDDEN", "Only the expert of this contract submits work.");
  const { note, links, fileIds } = input;
  const milestone = await db.milestone.findFirst({
    where: { id: milestoneId, kind: { not: "HOURLY_WEEK" }, contract: expertSideWhere(user) },
    select: {
      id: true,
      title: true,
      status: true,
      contract: { select: { id: true, status: true, endedAt: true, clientUserId: true, expertProfile: { select: { user: { select: { name: true } } } } } },
    },
  });
  if (!milestone) throw notFound("Milestone");
  const { contract } = milestone;
  if (contract.status !== "ACTIVE") throw conflict("Work is submitted while the contract is active.");
  if (contract.endedAt) throw conflict("This contract has ended, so no more work can be submitted. Answer the refund request on the contract page.");
  if (milestone.status === "PENDING" || milestone.status === "FUNDING") {
    throw conflict("This milestone must be funded first: the client funds it, then you submit the work.");
  }
  assertMilestoneTransition(milestone.status, "SUBMITTED", "submit");

  const autoReleaseAt = new Date(now.getTime() + AUTO_RELEASE_AFTER_MS);
  return db.$transaction(async (tx) => {
    const { count } = await tx.milestone.updateMany({
      where: { id: milestone.id, status: milestone.status, contract: { status: "ACTIVE", endedAt: null } },
      data: { status: "SUBMITTED", submissionNote: note, submissionLinks: links, submittedAt: now, autoReleaseAt },
    });
    if (!count) throw conflict("This milestone changed while you were submitting. Reload and try again.");
    const submission = await recordSubmission(tx, { milestoneId: milestone.id, note, links, submittedById: user.id, submittedAt: now });
    // In the transition's transaction: a file that cannot be handed in leaves the milestone as it was.
    if (fileIds.length) {
      await attachFiles(tx, { user, fileIds, purpose: "MILESTONE_DELIVERABLE", attach: { milestoneSubmissionId: submission.id }, now });
    }
    await scheduleAutoRelease(tx, { id: milestone.id, submittedAt: now });
    await notifyUsers(tx, await companyRecipients(tx, { contractId: contract.id }, ["approveWork"]), {
      kind: "milestone.submitted",
      title: `Work submitted: ${milestone.title}`,
      body: `${contract.expertProfile.user.name} submitted this milestone for your review. Approve it to release the payment, or request changes. Without an answer it is released automatically on ${formatDate(autoReleaseAt)}.`,
      link: `/contracts/${contract.id}`,
      dedupeKey: `milestone-submitted:${milestone.id}:${now.getTime()}`,
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "milestone.submitted",
      targetType: "Milestone",
      targetId: milestone.id,
      data: { contractId: contract.id, links: links.length, files: fileIds.length },
    });
    return { id: milestone.id, status: "SUBMITTED" as const, submittedAt: now, autoReleaseAt };
  });
}
