import { dateTimeFormat } from "@/lib/intl";
import { utcOffsetMinutes } from "@/lib/time/timezones";

// Wall-clock times in a person's time zone: what a form takes ("2026-12-10T15:00") and what a page
// shows ("Thu 10 Dec, 15:00"). Offsets come from the IANA database, so daylight saving is applied
// for the date in question, not for today.

export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const partsFormat = (timeZone: string) =>
  dateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** The instant as a form's datetime-local value in `timeZone`: "2026-12-10T15:00". */
export function toLocalInput(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    partsFormat(timeZone)
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * The instant a wall-clock time names in `timeZone`, or null when it names none there: malformed, or
 * inside the hour skipped when clocks go forward. In the hour repeated when they go back, the first.
 */
export function fromLocalInput(local: string, timeZone: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Near a change the zone has two offsets (the ones a day before and a day after): try both, earliest first.
  const offsets = [-1, 1].map((days) => utcOffsetMinutes(timeZone, new Date(asUtc + days * 86_400_000)));
  const candidates = offsets.map((offset) => new Date(asUtc - offset * 60_000)).sort((a, b) => a.getTime() - b.getTime());
  return candidates.find((candidate) => toLocalInput(candidate, timeZone) === local) ?? null;
}

/** "Thu 10 Dec, 15:00" in `timeZone`. */
export const formatSlotTime = (at: Date, timeZone: string) =>
  dateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);

/** "15:45" in `timeZone`, for the end of a slot. */
export const formatClockTime = (at: Date, timeZone: string) =>
  dateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);

/** "Thu 10 Dec, 15:00–15:45 (Europe/Berlin)". */
export function formatSlotRange(startsAt: Date, durationMinutes: number, timeZone: string) {
  const endsAt = new Date(startsAt.getTime() + durationMinutes * 60_000);
  return `${formatSlotTime(startsAt, timeZone)}–${formatClockTime(endsAt, timeZone)} (${timeZone.replaceAll("_", " ")})`;
}
