import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import type { JobPayload } from "@/lib/jobs/kinds";
import { notifyUsers } from "@/lib/notifications/notify";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { releaseMilestone } from "./release-milestone";

// The timers scheduled at submission. Each checks that the milestone still waits on the same
// submission; anything else (approved, changes requested, disputed, resubmitted) makes it a no-op.

type TimerPayload = JobPayload<"payments.auto-release">;

async function stillWaiting({ milestoneId, submittedAt }: TimerPayload) {
  const milestone = await db.milestone.findUnique({
    where: { id: milestoneId },
    select: { status: true, submittedAt: true, title: true, contractId: true, contract: { select: { clientUserId: true, status: true } } },
  });
  const isSameSubmission = milestone?.submittedAt?.toISOString() === submittedAt;
  return milestone && isSameSubmission && milestone.status === "SUBMITTED" && milestone.contract.status === "ACTIVE" ? milestone : null;
}

export async function runAutoRelease(payload: TimerPayload, now: Date) {
  if (!(await stillWaiting(payload))) return;
  try {
    await releaseMilestone({ milestoneId: payload.milestoneId, trigger: "auto-release", now });
  } catch (error) {
    // Approved, disputed or changed in the moment between the check and the release: nothing to do.
    if (isAppError(error) && error.code === "CONFLICT") return;
    throw error;
  }
}

export async function sendReleaseReminder(payload: JobPayload<"payments.release-reminder">) {
  const milestone = await stillWaiting(payload);
  if (!milestone) return;
  await db.$transaction(async (tx) =>
    notifyUsers(tx, await companyRecipients(tx, { contractId: milestone.contractId }, ["approveWork"]), {
      kind: "milestone.release-reminder",
      title: `Review "${milestone.title}": it releases in ${payload.daysLeft} days`,
      body: `The expert submitted this milestone. Approve it, or request changes; without an answer it is released automatically in ${payload.daysLeft} days.`,
      link: `/contracts/${milestone.contractId}`,
      dedupeKey: `release-reminder:${payload.milestoneId}:${payload.submittedAt}:${payload.daysLeft}`,
    }),
  );
}
