import { z } from "zod";

// Statements cover calendar months in UTC: from the first instant of the month (inclusive) to the
// first instant of the next (exclusive). UTC, not the expert's timezone, so a statement's totals are
// the same for everyone who reads them and match the ledger's timestamps and Stripe's reports.

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const monthSchema = z
  .string()
  .regex(MONTH_PATTERN, { error: "Give the month as YYYY-MM, for example 2026-11." })
  .meta({ examples: ["2026-11"] });

export type MonthBounds = { month: string; start: Date; end: Date };

export function monthBounds(month: string): MonthBounds {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new Error(`not a month: ${month}`);
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  return { month, start: new Date(Date.UTC(year, index, 1)), end: new Date(Date.UTC(year, index + 1, 1)) };
}

export const monthOf = (date: Date) => `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;

/** Newest first: every month from `first`'s to `now`'s, both included. */
export function monthsBetween(first: Date, now: Date): string[] {
  const months: string[] = [];
  let cursor = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const stop = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
  while (cursor >= stop) {
    const date = new Date(cursor);
    months.push(monthOf(date));
    cursor = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 1, 1);
  }
  return months;
}

const monthNameFormat = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
/** "November 2026". */
export const monthName = (month: string) => monthNameFormat.format(monthBounds(month).start);
