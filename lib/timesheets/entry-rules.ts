import type { ContractStatus } from "@/generated/prisma/enums";
import { isContractOpenForWork } from "@/lib/contracts/open-for-work";
import type { Transaction } from "@/lib/db";
import { AppError, conflict } from "@/lib/errors";
import { isContractPausedForFailedCharges } from "@/lib/payments/failed-charges";
import { capRefusal, formatHours, MAX_MINUTES_PER_DAY } from "./hours";
import type { LockedWeek } from "./lock-week";
import { type CalendarDate, columnFromCalendarDate, localDateOf, type WeekBounds, weekContaining } from "./week-bounds";
import { describeDay } from "./week-words";

// What every new or changed entry must satisfy: an active contract whose charges are not failing, a
// day of the current week (in the contract's time zone) that is not in the future, at most 24 hours
// that day, and the week's total within the cap. Checked before anything is written.

const dateError = (message: string) => new AppError("VALIDATION_FAILED", message, { fields: { date: [message] } });
const hoursError = (message: string) => new AppError("VALIDATION_FAILED", message, { fields: { hours: [message] } });

export function assertContractTakesTime(contract: { status: ContractStatus; endedAt: Date | null; chargesFailingSince: Date | null }) {
  if (contract.status !== "ACTIVE") {
    throw conflict(`This contract is ${contract.status.toLowerCase()}: time can be logged only while it is active.`);
  }
  if (!isContractOpenForWork(contract)) throw conflict("This contract has ended: no more time can be logged on it.");
  if (isContractPausedForFailedCharges(contract)) {
    throw conflict(
      "Time logging is paused: the client's card was declined, so their card needs attention before more hours can be billed. We have asked them to update it.",
    );
  }
}

/** The current week, when `date` is one of its days up to today; a clear 422 otherwise. */
export function currentWeekFor(date: CalendarDate, timeZone: string, now: Date): WeekBounds {
  const week = weekContaining(now, timeZone);
  const today = localDateOf(now, timeZone);
  if (date > today) throw dateError(`${describeDay(date)} has not happened yet: log time for today (${describeDay(today)}) or earlier days of this week.`);
  if (date < week.weekStart) {
    throw dateError(`${describeDay(date)} is in a week that is closed: time can be logged only for this week, from ${describeDay(week.weekStart)} to today.`);
  }
  return week;
}

/** Refuses an entry of `minutes` on `date` that would pass the day's 24 hours or the week's cap. */
export async function assertFits(tx: Transaction, week: LockedWeek, change: { date: CalendarDate; minutes: number; replacingEntryId?: string }) {
  if (week.status !== "OPEN") throw conflict("This week is closed: its hours are with the client for review.");
  const others = { weekId: week.id, ...(change.replacingEntryId ? { id: { not: change.replacingEntryId } } : {}) };
  const [day, all] = await Promise.all([
    tx.timeEntry.aggregate({ where: { ...others, date: columnFromCalendarDate(change.date) }, _sum: { minutes: true } }),
    tx.timeEntry.aggregate({ where: others, _sum: { minutes: true } }),
  ]);
  const dayMinutes = day._sum.minutes ?? 0;
  if (dayMinutes + change.minutes > MAX_MINUTES_PER_DAY) {
    throw hoursError(
      `${describeDay(change.date)} already has ${formatHours(dayMinutes)} hours logged; a day has 24. Log at most ${formatHours(MAX_MINUTES_PER_DAY - dayMinutes)}.`,
    );
  }
  const refusal = capRefusal({ loggedMinutes: all._sum.minutes ?? 0, addingMinutes: change.minutes, capMinutes: week.capMinutes });
  if (refusal) throw hoursError(refusal);
}
