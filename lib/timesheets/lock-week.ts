import type { TimesheetWeekStatus } from "@/generated/prisma/enums";
import type { Transaction } from "@/lib/db";
import { enqueueJobs } from "@/lib/jobs/queue";
import { columnFromCalendarDate, type WeekBounds } from "./week-bounds";

export type HourlyTerms = { id: string; hourlyRateCents: number | null; weeklyCapMinutes: number | null; weekTimeZone: string | null };
export type LockedWeek = { id: string; status: TimesheetWeekStatus; capMinutes: number; totalMinutes: number; endsAt: Date };

/**
 * The contract's row for a week, created with the first entry (with the rate and cap in force, and its
 * close job at the end of Sunday in the week's time zone) and locked until the transaction ends: every
 * change to a week's entries, and closing it, line up behind this lock, so concurrent entries cannot
 * together pass the cap and no entry lands in a week being closed.
 */
export async function lockWeek(tx: Transaction, contract: HourlyTerms, bounds: WeekBounds): Promise<LockedWeek> {
  if (contract.hourlyRateCents === null || contract.weeklyCapMinutes === null) throw new Error(`contract ${contract.id} has no hourly terms`);
  const weekStart = columnFromCalendarDate(bounds.weekStart);
  await tx.timesheetWeek.createMany({
    data: [
      {
        contractId: contract.id,
        weekStart,
        startsAt: bounds.startsAt,
        endsAt: bounds.endsAt,
        hourlyRateCents: contract.hourlyRateCents,
        capMinutes: contract.weeklyCapMinutes,
      },
    ],
    skipDuplicates: true,
  });
  const [week] = await tx.$queryRaw<LockedWeek[]>`
    SELECT id, status, "capMinutes", "totalMinutes", "endsAt" FROM timesheet_weeks
    WHERE "contractId" = ${contract.id} AND "weekStart" = ${weekStart}::date
    FOR UPDATE`;
  await enqueueJobs(tx, [{ kind: "timesheets.close-week", payload: { weekId: week.id }, runAt: week.endsAt, dedupeKey: `close-week:${week.id}` }]);
  return week;
}

/** Locks an existing week by id. */
export async function lockWeekById(tx: Transaction, weekId: string): Promise<LockedWeek | null> {
  const [week] = await tx.$queryRaw<LockedWeek[]>`
    SELECT id, status, "capMinutes", "totalMinutes", "endsAt" FROM timesheet_weeks WHERE id = ${weekId} FOR UPDATE`;
  return week ?? null;
}

/** Recounts a locked week's total from its entries. */
export async function refreshWeekTotal(tx: Transaction, weekId: string) {
  const { _sum } = await tx.timeEntry.aggregate({ where: { weekId }, _sum: { minutes: true } });
  const totalMinutes = _sum.minutes ?? 0;
  await tx.timesheetWeek.update({ where: { id: weekId }, data: { totalMinutes } });
  return totalMinutes;
}
