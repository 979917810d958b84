import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifyUsers } from "@/lib/notifications/notify";
import type { ScheduleInterviewInput } from "@/lib/vetting/schemas";
import { assertVettingAdmin, lockApplicantIn } from "./access";
import { interviewMessage } from "./applicant-messages";

/**
 * Admins only: book the technical interview of an applicant in the interview stage, or move the one
 * booked and not yet held. The applicant gets the time and the link; audited.
 */
export async function scheduleInterview(options: { user: SessionUser; expertProfileId: string; input: ScheduleInterviewInput; now?: Date }) {
  const { user, expertProfileId, input, now = clockNow() } = options;
  assertVettingAdmin(user);
  if (input.scheduledAt.getTime() <= now.getTime()) {
    throw new AppError("VALIDATION_FAILED", "The interview must be in the future.", { fields: { scheduledAt: ["Choose a time in the future."] } });
  }

  return db.$transaction(async (tx) => {
    const profile = await lockApplicantIn(tx, {
      expertProfileId,
      statuses: ["INTERVIEW"],
      now,
      elsewhere: "Interviews are booked only for applicants in the interview stage. Reload to see where this applicant is.",
    });
    const open = await tx.interview.findFirst({ where: { expertProfileId, completedAt: null }, orderBy: { createdAt: "desc" }, select: { id: true } });
    const data = { scheduledAt: input.scheduledAt, meetingUrl: input.meetingUrl };
    const interview = open
      ? await tx.interview.update({ where: { id: open.id }, data, select: { id: true } })
      : await tx.interview.create({ data: { expertProfileId, ...data }, select: { id: true } });
    const isRescheduled = open !== null;
    await recordAudit(tx, {
      actorId: user.id,
      action: isRescheduled ? "vetting.interview-rescheduled" : "vetting.interview-scheduled",
      targetType: "ExpertProfile",
      targetId: expertProfileId,
      data: { interviewId: interview.id, scheduledAt: input.scheduledAt.toISOString(), meetingUrl: input.meetingUrl },
    });
    await notifyUsers(tx, [profile.userId], interviewMessage({ id: interview.id, ...data, isRescheduled }));
    return { interviewId: interview.id, ...data, isRescheduled };
  });
}
