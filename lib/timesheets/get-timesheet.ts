import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { can } from "@/lib/teams/permissions";
import { readableHourlyContractWhere } from "./access";
import { toEntryView } from "./time-entries";
import { type CalendarDate, calendarDateFromColumn, columnFromCalendarDate, datesOfWeek, localDateOf, weekContaining, weekOfDate } from "./week-bounds";

// An hourly contract's timesheet as its viewer may see it: the terms, this week (with its entries, live
// as the expert logs them), past weeks with their totals, amounts, review deadlines and money, and the
// buttons this viewer gets.

const WEEKS_SHOWN = 52;

const ENTRY_SELECT = { id: true, weekId: true, date: true, minutes: true, description: true, createdAt: true, updatedAt: true } as const;
const WEEK_SELECT = {
  id: true,
  weekStart: true,
  startsAt: true,
  endsAt: true,
  status: true,
  hourlyRateCents: true,
  capMinutes: true,
  totalMinutes: true,
  amountCents: true,
  closedAt: true,
  reviewEndsAt: true,
  approvedAt: true,
  approvedById: true,
  disputedAt: true,
  disputeReason: true,
  milestone: { select: { id: true, status: true, releasedAt: true, fundingFailureReason: true } },
  entries: { orderBy: [{ date: "asc" as const }, { createdAt: "asc" as const }], select: ENTRY_SELECT },
} satisfies Prisma.TimesheetWeekSelect;

async function findContract(user: SessionUser, contractId: string) {
  const contract = await db.contract.findFirst({
    where: readableHourlyContractWhere(user, contractId),
    select: { id: true, status: true, endedAt: true, currency: true, hourlyRateCents: true, weeklyCapMinutes: true, weekTimeZone: true },
  });
  if (!contract?.weekTimeZone || contract.hourlyRateCents === null || contract.weeklyCapMinutes === null) throw notFound("Hourly contract");
  return { ...contract, weekTimeZone: contract.weekTimeZone, hourlyRateCents: contract.hourlyRateCents, weeklyCapMinutes: contract.weeklyCapMinutes };
}

/** What a timesheet needs of its hourly contract. */
export type TimesheetContract = Awaited<ReturnType<typeof findContract>>;

export async function getTimesheet({ user, contractId, now }: { user: SessionUser; contractId: string; now: Date }) {
  return timesheetOf({ user, contract: await findContract(user, contractId), now });
}

/** The timesheet of an hourly contract the viewer was already found to read (readableHourlyContractWhere). */
export async function timesheetOf({ user, contract, now }: { user: SessionUser; contract: TimesheetContract; now: Date }) {
  const contractId = contract.id;
  const current = weekContaining(now, contract.weekTimeZone);
  const rows = await db.timesheetWeek.findMany({ where: { contractId }, orderBy: { weekStart: "desc" }, take: WEEKS_SHOWN, select: WEEK_SELECT });
  const currentRow = rows.find((row) => calendarDateFromColumn(row.weekStart) === current.weekStart);
  const canReview = user.role === "CLIENT" && can(user, "manageContracts");
  const isExpertLogging = user.role === "EXPERT" && contract.status === "ACTIVE" && contract.endedAt === null && (currentRow?.status ?? "OPEN") === "OPEN";
  const capMinutes = currentRow?.capMinutes ?? contract.weeklyCapMinutes;
  const totalMinutes = currentRow?.totalMinutes ?? 0;
  return {
    contractId,
    currency: contract.currency,
    hourlyRateCents: contract.hourlyRateCents,
    weeklyCapMinutes: contract.weeklyCapMinutes,
    weekTimeZone: contract.weekTimeZone,
    today: localDateOf(now, contract.weekTimeZone),
    currentWeek: {
      id: currentRow?.id ?? null,
      weekStart: current.weekStart,
      startsAt: current.startsAt,
      endsAt: current.endsAt,
      dates: datesOfWeek(current.weekStart),
      status: currentRow?.status ?? ("OPEN" as const),
      capMinutes,
      totalMinutes,
      remainingMinutes: Math.max(0, capMinutes - totalMinutes),
      entries: (currentRow?.entries ?? []).map(toEntryView),
    },
    pastWeeks: rows
      .filter((row) => row !== currentRow)
      .map(({ weekStart, entries, approvedById, ...week }) => ({
        ...week,
        weekStart: calendarDateFromColumn(weekStart),
        isAutoApproved: week.status === "APPROVED" && !approvedById && week.totalMinutes > 0,
        entries: entries.map(toEntryView),
        actions: { approve: canReview && week.status === "IN_REVIEW", dispute: canReview && week.status === "IN_REVIEW" },
      })),
    actions: { log: isExpertLogging },
  };
}

export type Timesheet = Awaited<ReturnType<typeof getTimesheet>>;

/** The entries of one week (the current one by default). */
export async function listTimeEntries({ user, contractId, week, now }: { user: SessionUser; contractId: string; week?: CalendarDate; now: Date }) {
  const contract = await findContract(user, contractId);
  const bounds = week ? weekOfDate(week, contract.weekTimeZone) : weekContaining(now, contract.weekTimeZone);
  if (week && bounds.weekStart !== week) {
    throw new AppError("VALIDATION_FAILED", "Name a week by its Monday.", { fields: { week: [`Weeks start on Monday: use ${bounds.weekStart}.`] } });
  }
  const row = await db.timesheetWeek.findUnique({
    where: { contractId_weekStart: { contractId, weekStart: columnFromCalendarDate(bounds.weekStart) } },
    select: {
      id: true,
      status: true,
      totalMinutes: true,
      capMinutes: true,
      entries: { orderBy: [{ date: "asc" }, { createdAt: "asc" }], select: ENTRY_SELECT },
    },
  });
  return {
    weekStart: bounds.weekStart,
    weekId: row?.id ?? null,
    status: row?.status ?? ("OPEN" as const),
    totalMinutes: row?.totalMinutes ?? 0,
    capMinutes: row?.capMinutes ?? contract.weeklyCapMinutes,
    entries: (row?.entries ?? []).map(toEntryView),
  };
}
