import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { releaseMilestone } from "@/lib/milestones/release-milestone";

// An approved week's money goes to the expert once both are true: its charge landed (the milestone is
// FUNDED) and its review window is over. Whichever comes last triggers the release: the job queued at
// approval for the window's end, or the sweep (advance-weeks.ts) for charges that land later and for
// contracts that were frozen by a dispute at the window's end.

export async function releaseWeek({ weekId, now }: { weekId: string; now: Date }) {
  const week = await db.timesheetWeek.findUnique({
    where: { id: weekId },
    select: { status: true, reviewEndsAt: true, milestone: { select: { id: true, status: true } } },
  });
  if (week?.status !== "APPROVED" || week.milestone?.status !== "FUNDED" || (week.reviewEndsAt && week.reviewEndsAt > now)) return false;
  try {
    await releaseMilestone({ milestoneId: week.milestone.id, trigger: "week-released", now });
    return true;
  } catch (error) {
    // Released meanwhile, or frozen by a dispute on the contract: the sweep tries again once it is resolved.
    if (isAppError(error) && error.code === "CONFLICT") return false;
    throw error;
  }
}
