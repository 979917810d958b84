import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { closeWeek } from "./close-week";
import { openWeekDispute } from "./open-week-dispute";
import { releaseWeek } from "./release-week";
import { autoApproveWeek } from "./review-week";

// Runs every minute (a periodic job). Each step is the same guarded function its own timer calls, so
// a week moved by its timer first is simply not found here, and one moved here makes its timer a no-op.

const SWEEP_BATCH = 100;

/**
 * The periodic catch-up: weeks past their end that are still open (their close job lost or late),
 * silent reviews past their window, approved weeks funded after their window, and disputed weeks whose
 * charge landed (their dispute opens now, on the held money).
 */
export async function advanceWeeks(now: Date) {
  const [toClose, toApprove, toRelease, toDispute] = await Promise.all([
    db.timesheetWeek.findMany({ where: { status: "OPEN", endsAt: { lte: now } }, select: { id: true }, take: SWEEP_BATCH }),
    db.timesheetWeek.findMany({ where: { status: "IN_REVIEW", reviewEndsAt: { lte: now } }, select: { id: true }, take: SWEEP_BATCH }),
    db.timesheetWeek.findMany({
      where: { status: "APPROVED", reviewEndsAt: { lte: now }, milestone: { status: "FUNDED", contract: { status: "ACTIVE" } } },
      select: { id: true },
      take: SWEEP_BATCH,
    }),
    db.timesheetWeek.findMany({ where: { status: "DISPUTED", milestone: { status: "FUNDED" } }, select: { id: true }, take: SWEEP_BATCH }),
  ]);
  for (const { id } of toClose) await closeWeek({ weekId: id, now });
  for (const { id } of toApprove) await autoApproveWeek({ weekId: id, now });
  let released = 0;
  for (const { id } of toRelease) if (await releaseWeek({ weekId: id, now })) released++;
  for (const { id } of toDispute) await openWeekDispute({ weekId: id, now });
  const moved = { closed: toClose.length, approved: toApprove.length, released, disputed: toDispute.length };
  if (Object.values(moved).some(Boolean)) logger.info(moved, "timesheet weeks advanced");
  return moved;
}
