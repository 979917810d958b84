import { dateTimeFormat } from "@/lib/intl";

// Time zone arithmetic for matching: DST-aware offsets from the IANA database that Intl ships with,
// and the daily working-hours overlap of two offsets.

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;
export const DEFAULT_WORKDAY_START_HOUR = 9;
export const DEFAULT_WORKDAY_END_HOUR = 17;

// Ranking asks for the same few zones thousands of times.
const offsetFormatter = (timeZone: string) => dateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });

const unknownZones = new Set<string>();
const MAX_REMEMBERED_UNKNOWN_ZONES = 1000;

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || unknownZones.has(timeZone)) return false;
  try {
    offsetFormatter(timeZone);
    return true;
  } catch {
    if (unknownZones.size >= MAX_REMEMBERED_UNKNOWN_ZONES) unknownZones.clear();
    unknownZones.add(timeZone);
    return false;
  }
}

// Ranking asks for the offsets of thousands of candidates at one instant; the last answer per zone is kept.
const lastOffsets = new Map<string, { atMs: number; offset: number }>();

/** Minutes east of UTC that `timeZone` observes at `at`, daylight saving included; throws on an unknown zone. */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  const atMs = at.getTime();
  const last = lastOffsets.get(timeZone);
  if (last?.atMs === atMs) return last.offset;
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone "${timeZone}"`);
  const offset = readOffset(timeZone, at);
  lastOffsets.set(timeZone, { atMs, offset });
  return offset;
}

function readOffset(timeZone: string, at: Date) {
  const zoneName = offsetFormatter(timeZone)
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  // "GMT" alone means UTC itself; otherwise "GMT+05:30" or "GMT-03:00".
  const match = zoneName?.match(/^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/);
  if (!match) throw new RangeError(`Cannot read the UTC offset of "${timeZone}" from "${zoneName}"`);
  if (!match[1]) return 0;
  const minutes = Number(match[2]) * MINUTES_PER_HOUR + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}

/**
 * Hours a day during which both sides are inside their working hours (local `workdayStart`–`workdayEnd`),
 * given their offsets in minutes east of UTC. Working days repeat daily, so windows that straddle
 * midnight UTC or fall on different calendar dates (UTC+14 against UTC−12) still overlap.
 */
export function overlapHours(offsetA: number, offsetB: number, workdayStart = DEFAULT_WORKDAY_START_HOUR, workdayEnd = DEFAULT_WORKDAY_END_HOUR): number {
  if (!(workdayStart >= 0 && workdayEnd <= 24 && workdayStart < workdayEnd)) {
    throw new RangeError(`A workday must satisfy 0 ≤ start < end ≤ 24, got ${workdayStart}–${workdayEnd}`);
  }
  const startA = workdayStart * MINUTES_PER_HOUR - offsetA;
  const startB = workdayStart * MINUTES_PER_HOUR - offsetB;
  const length = (workdayEnd - workdayStart) * MINUTES_PER_HOUR;
  // Offsets differ by at most 26 h, so B's window shifted by up to two days either way covers every
  // copy of it that can meet A's window.
  let overlapMinutes = 0;
  for (let dayShift = -2; dayShift <= 2; dayShift++) {
    const shiftedStartB = startB + dayShift * MINUTES_PER_DAY;
    const overlap = Math.min(startA + length, shiftedStartB + length) - Math.max(startA, shiftedStartB);
    if (overlap > 0) overlapMinutes += overlap;
  }
  return Math.min(length, overlapMinutes) / MINUTES_PER_HOUR;
}
