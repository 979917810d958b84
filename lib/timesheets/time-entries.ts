import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { expertEntryWhere, expertHourlyContractWhere } from "./access";
import { assertContractTakesTime, assertFits, currentWeekFor } from "./entry-rules";
import { minutesFromHours } from "./hours";
import { lockWeek, refreshWeekTotal } from "./lock-week";
import type { TimeEntryInput } from "./schemas";
import { calendarDateFromColumn, columnFromCalendarDate, weekContaining } from "./week-bounds";

// The expert logs, corrects and removes time entries of the current week. Each change locks the
// week's row, checks the day and the cap against the entries as they are under that lock, writes, and
// recounts the week's total: two entries sent at once cannot together pass the cap.

const CONTRACT_SELECT = {
  id: true,
  status: true,
  endedAt: true,
  chargesFailingSince: true,
  hourlyRateCents: true,
  weeklyCapMinutes: true,
  weekTimeZone: true,
} as const;
const ENTRY_SELECT = { id: true, weekId: true, date: true, minutes: true, description: true, createdAt: true, updatedAt: true } as const;

type EntryRow = { id: string; weekId: string; date: Date; minutes: number; description: string; createdAt: Date; updatedAt: Date };

export const toEntryView = ({ date, minutes, ...entry }: EntryRow) => ({ ...entry, date: calendarDateFromColumn(date), minutes, hours: minutes / 60 });

export async function logTimeEntry({ user, contractId, input, now }: { user: SessionUser; contractId: string; input: TimeEntryInput; now: Date }) {
  const contract = await db.contract.findFirst({ where: expertHourlyContractWhere(user, contractId), select: CONTRACT_SELECT });
  if (!contract?.weekTimeZone) throw notFound("Hourly contract");
  assertContractTakesTime(contract);
  const bounds = currentWeekFor(input.date, contract.weekTimeZone, now);
  const minutes = minutesFromHours(input.hours);
  return db.$transaction(async (tx) => {
    const week = await lockWeek(tx, contract, bounds);
    await assertFits(tx, week, { date: input.date, minutes });
    const entry = await tx.timeEntry.create({
      data: { weekId: week.id, date: columnFromCalendarDate(input.date), minutes, description: input.description, createdById: user.id },
      select: ENTRY_SELECT,
    });
    await refreshWeekTotal(tx, week.id);
    return toEntryView(entry);
  });
}

async function findOwnEntry(user: SessionUser, entryId: string) {
  const entry = await db.timeEntry.findFirst({
    where: expertEntryWhere(user, entryId),
    select: { id: true, weekId: true, week: { select: { weekStart: true, contract: { select: CONTRACT_SELECT } } } },
  });
  if (!entry?.week.contract.weekTimeZone) throw notFound("Time entry");
  return { ...entry, contract: entry.week.contract, timeZone: entry.week.contract.weekTimeZone };
}

function assertInCurrentWeek(entry: { week: { weekStart: Date }; timeZone: string }, now: Date, verb: string) {
  const current = weekContaining(now, entry.timeZone);
  if (calendarDateFromColumn(entry.week.weekStart) !== current.weekStart)
    throw conflict(`This entry is in a week that is closed: it can no longer be ${verb}.`);
  return current;
}

export async function updateTimeEntry({ user, entryId, input, now }: { user: SessionUser; entryId: string; input: TimeEntryInput; now: Date }) {
  const entry = await findOwnEntry(user, entryId);
  assertInCurrentWeek(entry, now, "changed");
  assertContractTakesTime(entry.contract);
  const bounds = currentWeekFor(input.date, entry.timeZone, now);
  const minutes = minutesFromHours(input.hours);
  return db.$transaction(async (tx) => {
    const week = await lockWeek(tx, entry.contract, bounds);
    await assertFits(tx, week, { date: input.date, minutes, replacingEntryId: entry.id });
    const { count } = await tx.timeEntry.updateMany({
      where: { id: entry.id, weekId: week.id },
      data: { date: columnFromCalendarDate(input.date), minutes, description: input.description },
    });
    if (!count) throw notFound("Time entry");
    await refreshWeekTotal(tx, week.id);
    return toEntryView(await tx.timeEntry.findUniqueOrThrow({ where: { id: entry.id }, select: ENTRY_SELECT }));
  });
}

export async function deleteTimeEntry({ user, entryId, now }: { user: SessionUser; entryId: string; now: Date }) {
  const entry = await findOwnEntry(user, entryId);
  const bounds = assertInCurrentWeek(entry, now, "removed");
  return db.$transaction(async (tx) => {
    const week = await lockWeek(tx, entry.contract, bounds);
    if (week.status !== "OPEN") throw conflict("This week is closed: its hours are with the client for review.");
    const { count } = await tx.timeEntry.deleteMany({ where: { id: entry.id, weekId: week.id } });
    if (!count) throw notFound("Time entry");
    const totalMinutes = await refreshWeekTotal(tx, week.id);
    return { id: entry.id, deleted: true as const, weekTotalMinutes: totalMinutes };
  });
}
