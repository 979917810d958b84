import { formatCount, formatMoney } from "@/lib/format";

const MINUTE_MS = 60_000;

/** "5 h 12 min", "40 min", "under a minute": how long until the shortlist is due. */
export function formatDuration(milliseconds: number): string {
  const totalMinutes = Math.floor(milliseconds / MINUTE_MS);
  if (totalMinutes < 1) return "under a minute";
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

export const formatHourly = (cents: number, currency: string) => `${formatMoney(cents, currency)}/h`;

export function formatBudget(request: { budgetMinCents: number | null; budgetMaxCents: number | null; currency: string }): string {
  if (request.budgetMaxCents === null) return "Not set";
  const max = formatHourly(request.budgetMaxCents, request.currency);
  return request.budgetMinCents === null ? `Up to ${max}` : `${formatMoney(request.budgetMinCents, request.currency)} to ${max}`;
}

export const formatTimezone = (timezone: string) => timezone.replaceAll("_", " ");

/**
 * Budgets are hourly rates for both engagements: matching compares them with experts' rates. An hourly
 * engagement pays by that rate; a fixed price is agreed per milestone, so there the budget is the rate sought.
 */
export const budgetLabel = (engagement: "FIXED_PRICE" | "HOURLY") => (engagement === "HOURLY" ? "Hourly budget" : "Expert rate sought");

/** "Europe/Berlin, at least 2 hours of overlap a day"; "UTC, no overlap required". */
export const formatTimezoneAndOverlap = (timezone: string, minOverlapHours: number) =>
  `${formatTimezone(timezone)}, ${minOverlapHours > 0 ? `at least ${formatCount(minOverlapHours, "hour")} of overlap a day` : "no overlap required"}`;

/** "1 week, 10 hours a week"; the hours only when known. */
export const formatWeeksAndHours = (durationWeeks: number, hoursPerWeek: number | null) =>
  `${formatCount(durationWeeks, "week")}${hoursPerWeek ? `, ${formatCount(hoursPerWeek, "hour")} a week` : ""}`;

/** The budget tolerance choice in the client's words. */
export const toleranceLabel = (percent: number) => (percent === 0 ? "My maximum, nothing above it" : `${percent}% above my maximum`);

/** Where matching stops, and the currency rule: shown in the request's facts and above the shortlist. */
export function formatBudgetRule(request: { budgetMaxCents: number | null; budgetTolerancePercent: number; currency: string }): string {
  if (request.budgetMaxCents === null) return "Not set";
  const ceiling = formatHourly(Math.floor((request.budgetMaxCents * (100 + request.budgetTolerancePercent)) / 100), request.currency);
  const tolerance =
    request.budgetTolerancePercent === 0 ? "nobody above your maximum" : `up to ${request.budgetTolerancePercent}% above your maximum (${ceiling})`;
  return `Experts quoting in ${request.currency}, ${tolerance}`;
}
