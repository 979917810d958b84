import { formatHours } from "./hours";
import { type CalendarDate, columnFromCalendarDate } from "./week-bounds";

const weekStartFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

const dayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

/** "Mon 7 Dec" for a calendar date. */
export const describeDay = (date: CalendarDate) => dayFormat.format(columnFromCalendarDate(date));

/** "7 Dec 2026" for the week that starts on Monday 7 December 2026. */
export const describeWeek = (weekStart: CalendarDate) => weekStartFormat.format(columnFromCalendarDate(weekStart));

/** The title of the milestone that bills a week: "Week of 7 Dec 2026 — 12.5 h". */
export const weekMilestoneTitle = (weekStart: CalendarDate, minutes: number) => `Week of ${describeWeek(weekStart)} — ${formatHours(minutes)} h`;
