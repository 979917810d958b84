import { db, type Transaction } from "@/lib/db";
import { utcOffsetMinutes } from "@/lib/time/timezones";

// Hourly terms change from a week boundary: an accepted change to the rate or the weekly cap applies
// from the Monday 00:00 (in the contract's week time zone) after it was accepted. termsForWeek is the
// one rule for which terms bill a given week; the contract's columns hold the terms of the week under
// way and are moved on by a job when a new week starts (apply-hourly-terms.ts).

export type HourlyTerms = { hourlyRateCents: number; weeklyCapMinutes: number };

const DAY_MS = 86_400_000;

/** The instant a local wall-clock time in `timeZone` happens (daylight saving included). */
function zonedMidnight(year: number, month: number, day: number, timeZone: string) {
  const wall = Date.UTC(year, month - 1, day);
  let guess = wall - utcOffsetMinutes(timeZone, new Date(wall)) * 60_000;
  guess = wall - utcOffsetMinutes(timeZone, new Date(guess)) * 60_000;
  return new Date(guess);
}

/** Monday 00:00 in `timeZone` of the week after the one `at` falls in. */
export function nextWeekStart(at: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric", weekday: "short" }).formatToParts(at);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? "";
  const weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(part("weekday"));
  const local = new Date(Date.UTC(Number(part("year")), Number(part("month")) - 1, Number(part("day"))) + (7 - weekday) * DAY_MS);
  return zonedMidnight(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), timeZone);
}

const asTerms = (value: unknown): HourlyTerms => value as HourlyTerms;

/**
 * The rate and cap that bill the week starting at `weekStart`: the latest accepted change effective by
 * then, else the terms before the first change made after it, else the contract's own columns.
 */
export async function termsForWeek(
  contract: { id: string; hourlyRateCents: number | null; weeklyCapMinutes: number | null },
  weekStart: Date,
  client: Transaction | typeof db = db,
): Promise<HourlyTerms | null> {
  const changes = await client.contractAmendment.findMany({
    where: { contractId: contract.id, kind: "CHANGE_HOURLY_TERMS", status: "ACCEPTED", effectiveFrom: { not: null } },
    orderBy: [{ effectiveFrom: "asc" }, { respondedAt: "asc" }],
    select: { before: true, after: true, effectiveFrom: true },
  });
  const inForce = changes.filter((change) => change.effectiveFrom! <= weekStart).at(-1);
  if (inForce) return asTerms(inForce.after);
  const firstLater = changes.find((change) => change.effectiveFrom! > weekStart);
  if (firstLater) return asTerms(firstLater.before);
  if (contract.hourlyRateCents === null || contract.weeklyCapMinutes === null) return null;
  return { hourlyRateCents: contract.hourlyRateCents, weeklyCapMinutes: contract.weeklyCapMinutes };
}
