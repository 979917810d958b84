import { z } from "zod";
import { AppError } from "@/lib/errors";

// The period every admin insight covers: whole UTC days, `from` and `to` both included, read as
// weeks that start on Monday (PostgreSQL's date_trunc('week')). Without a range: the last 12 weeks up
// to today. At most a year, so one page never asks the database for more than 53 weekly buckets.

export const DEFAULT_WEEKS = 12;
export const MAX_RANGE_DAYS = 366;
const DAY_MS = 86_400_000;

const dateSchema = z.iso.date("Give the date as YYYY-MM-DD, for example 2026-09-30.");

export const insightsRangeQuerySchema = z.strictObject({
  from: dateSchema.optional().meta({ description: "The first day (UTC), inclusive. Default: 12 weeks before `to`." }),
  to: dateSchema.optional().meta({ description: "The last day (UTC), inclusive. Default: today." }),
});
export type InsightsRangeQuery = z.output<typeof insightsRangeQuerySchema>;

/** `start` inclusive, `end` exclusive (the instant after the last day); `weeks`: each Monday from start's week to end's. */
export type InsightsRange = { from: string; to: string; start: Date; end: Date; weeks: string[] };

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const dateOf = (day: string) => new Date(`${day}T00:00:00.000Z`);

/** The Monday (UTC) of the week holding `date`, as YYYY-MM-DD. */
export function weekOf(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return dayOf(new Date(day.getTime() - sinceMonday * DAY_MS));
}

function weeksBetween(start: Date, end: Date): string[] {
  const weeks: string[] = [];
  for (let cursor = dateOf(weekOf(start)).getTime(); cursor < end.getTime(); cursor += 7 * DAY_MS) weeks.push(dayOf(new Date(cursor)));
  return weeks;
}

const invalid = (field: "from" | "to", message: string) => new AppError("VALIDATION_FAILED", message, { fields: { [field]: [message] } });

/** The range a parsed query names, defaults filled in from `now`; a 422 naming the field when it makes no sense. */
export function resolveInsightsRange(query: InsightsRangeQuery, now: Date): InsightsRange {
  const to = query.to ?? dayOf(now);
  const from = query.from ?? dayOf(new Date(dateOf(to).getTime() - (DEFAULT_WEEKS * 7 - 1) * DAY_MS));
  if (from > to) throw invalid("from", `The start date (${from}) is after the end date (${to}): pick a start on or before the end.`);
  const days = (dateOf(to).getTime() - dateOf(from).getTime()) / DAY_MS + 1;
  if (days > MAX_RANGE_DAYS) throw invalid("from", `That range is ${days} days long; show at most ${MAX_RANGE_DAYS} days (about a year) at once.`);
  const start = dateOf(from);
  const end = new Date(dateOf(to).getTime() + DAY_MS);
  return { from, to, start, end, weeks: weeksBetween(start, end) };
}

export type RangeReading = { range: InsightsRange; error: string | null };

/**
 * For pages: a query string read the way the API reads it, or — when it is malformed or makes no
 * sense — the default range and the message to show beside the form.
 */
export function readInsightsRange(searchParams: Record<string, string>, now: Date): RangeReading {
  const parsed = insightsRangeQuerySchema.safeParse(searchParams);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = issue?.code === "unrecognized_keys" ? "Only from and to can be set." : (issue?.message ?? "That range cannot be read.");
    return { range: resolveInsightsRange({}, now), error: `${message} Showing the last ${DEFAULT_WEEKS} weeks instead.` };
  }
  try {
    return { range: resolveInsightsRange(parsed.data, now), error: null };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { range: resolveInsightsRange({}, now), error: `${error.message} Showing the last ${DEFAULT_WEEKS} weeks instead.` };
  }
}
