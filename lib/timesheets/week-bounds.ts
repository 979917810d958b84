import { TZDate } from "@date-fns/tz";
import { addDays, startOfWeek } from "date-fns";

// Monday–Sunday weeks in a contract's IANA time zone. The zone arithmetic (daylight saving, zones
// away from UTC) is @date-fns/tz's: a TZDate does its calendar math in the zone, so "the next Monday
// 00:00" is 167 hours away in a week that springs forward and 169 in one that falls back.

/** A calendar date, "2026-12-07". */
export type CalendarDate = string;

export type WeekBounds = {
  /** The week's Monday in the zone. */
  weekStart: CalendarDate;
  /** Monday 00:00 in the zone. */
  startsAt: Date;
  /** The next Monday 00:00 in the zone: the end of Sunday, when the week closes. */
  endsAt: Date;
};

const pad = (value: number) => String(value).padStart(2, "0");

const calendarDateOf = (date: TZDate): CalendarDate => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

function boundsFrom(dayInZone: TZDate): WeekBounds {
  const monday = startOfWeek(dayInZone, { weekStartsOn: 1 });
  return { weekStart: calendarDateOf(monday), startsAt: new Date(monday.getTime()), endsAt: new Date(addDays(monday, 7).getTime()) };
}

/** The calendar date that `at` falls on in `timeZone`. */
export const localDateOf = (at: Date, timeZone: string): CalendarDate => calendarDateOf(new TZDate(at.getTime(), timeZone));

/** The week that the instant `at` falls in, in `timeZone`. */
export const weekContaining = (at: Date, timeZone: string): WeekBounds => boundsFrom(new TZDate(at.getTime(), timeZone));

/** The week of a calendar date in `timeZone`. */
export function weekOfDate(date: CalendarDate, timeZone: string): WeekBounds {
  const [year, month, day] = date.split("-").map(Number);
  return boundsFrom(new TZDate(year, month - 1, day, 12, timeZone));
}

/** `days` calendar days after the instant `at`, at the same wall-clock time in `timeZone`. */
export const addZonedDays = (at: Date, days: number, timeZone: string): Date => new Date(addDays(new TZDate(at.getTime(), timeZone), days).getTime());

/** The seven dates of a week, Monday first. Plain calendar arithmetic: dates have no zone. */
export function datesOfWeek(weekStart: CalendarDate): CalendarDate[] {
  const monday = Date.parse(`${weekStart}T00:00:00Z`);
  return Array.from({ length: 7 }, (_, index) => new Date(monday + index * 86_400_000).toISOString().slice(0, 10));
}

/** A `@db.Date` column's value (midnight UTC) as a calendar date, and back. */
export const calendarDateFromColumn = (value: Date): CalendarDate => value.toISOString().slice(0, 10);
export const columnFromCalendarDate = (date: CalendarDate): Date => new Date(`${date}T00:00:00.000Z`);
