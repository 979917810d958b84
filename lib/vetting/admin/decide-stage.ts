import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { announceExpertHirePages } from "@/lib/hire-pages/announce-changes";
import { notifyUsers } from "@/lib/notifications/notify";
import { assertVettingTransition, NEXT_STAGE, REAPPLY_COOL_OFF_DAYS } from "@/lib/vetting/transitions";
import { assertVettingAdmin } from "./access";
import { decisionMessage } from "./applicant-messages";
import type { DecisionBody } from "./schemas";
import { enteredStageAt, hasCompletedInterviewSince, STATUS_PHRASE } from "./stages";

const DAY_MS = 86_400_000;

/**
 * Admins only: advance an applicant to the next stage or reject them, with scores for the stage's
 * criteria. `input.stage` is the stage the admin was looking at: if the applicant has left it (another
 * admin decided first), nothing is written and the answer is a conflict. Recorded as a decision and in
 * the audit log; the applicant is told in the app and by email.
 */
export async function decideStage(options: { user: SessionUser; expertProfileId: string; input: DecisionBody; now?: Date }) {
  const { user, expertProfileId, input, now = clockNow() } = options;
  assertVettingAdmin(user);
  const { stage } = input;

  const profile = await db.expertProfile.findUnique({
    where: { id: expertProfileId },
    select: {
      userId: true,
      vettingStatus: true,
      submittedAt: true,
      decisions: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
      interviews: { where: { completedAt: { not: null } }, select: { completedAt: true } },
    },
  });
  if (!profile) throw notFound("Applicant");
  if (profile.vettingStatus !== stage) {
    throw conflict(`This applicant is now ${STATUS_PHRASE[profile.vettingStatus]}: the decision was made at another stage. Reload to see the latest.`);
  }
  if (!profile.submittedAt) throw conflict("This application has not been submitted yet, so there is nothing to decide.");
  const toStatus = input.decision === "ADVANCE" ? NEXT_STAGE[stage] : "REJECTED";
  if (!toStatus) throw conflict(`An applicant cannot advance from ${stage.toLowerCase()}.`);
  assertVettingTransition(stage, toStatus);
  // Completed interviews are never undone, so this check holds once passed.
  const enteredAt = enteredStageAt(stage, profile.submittedAt, profile.decisions[0]?.createdAt ?? null);
  if (toStatus === "APPROVED" && !hasCompletedInterviewSince(profile.interviews, enteredAt)) {
    throw conflict("Record the interview results before approving this applicant.");
  }
  const reason = input.decision === "REJECT" ? input.reason : null;
  const reapplyAfter = toStatus === "REJECTED" ? new Date(now.getTime() + REAPPLY_COOL_OFF_DAYS * DAY_MS) : null;

  const result = await db.$transaction(async (tx) => {
    const { count } = await tx.expertProfile.updateMany({
      where: { id: expertProfileId, vettingStatus: stage, submittedAt: { not: null } },
      data: {
        vettingStatus: toStatus,
        ...(toStatus === "APPROVED" && { approvedAt: now }),
        ...(toStatus === "REJECTED" && { rejectedAt: now, reapplyAfter }),
      },
    });
    if (count === 0) throw conflict("Another admin decided on this applicant a moment ago. Reload to see their decision.");
    const decision = await tx.vettingDecision.create({
      data: { expertProfileId, adminId: user.id, fromStatus: stage, toStatus, scores: input.scores, notes: input.notes, reason, createdAt: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "vetting.decided",
      targetType: "ExpertProfile",
      targetId: expertProfileId,
      data: { decisionId: decision.id, fromStatus: stage, toStatus, scores: input.scores },
    });
    await notifyUsers(tx, [profile.userId], decisionMessage({ id: decision.id, toStatus, reason, reapplyAfter }));
    return { decisionId: decision.id, fromStatus: stage, toStatus, reapplyAfter };
  });
  // Only an approval changes public hiring pages: nobody rejected here was ever on them.
  if (result.toStatus === "APPROVED") await announceExpertHirePages(profile.userId);
  return result;
}
