// Display formatting shared by pages, notifications and emails. Dates are shown in UTC and say so:
// pages render on the server, which does not know the reader's timezone.

import { dateTimeFormat, numberFormat } from "@/lib/intl";

const LOCALE = "en-US";

/** Amounts are integer minor units; not every currency has 100 of them (JPY has none). */
export function formatMoney(minorUnits: number, currency: string): string {
  return numberFormat(LOCALE, { style: "currency", currency }).format(majorUnits(minorUnits, currency));
}

/** Whole units where the amount has no fraction: 100000 USD cents → "$1,000", 1050 → "$10.50". */
export function formatWholeMoney(minorUnits: number, currency: string): string {
  const units = majorUnits(minorUnits, currency);
  return numberFormat(LOCALE, { style: "currency", currency, ...(Number.isInteger(units) && { minimumFractionDigits: 0, maximumFractionDigits: 0 }) }).format(
    units,
  );
}

/** 12345 USD cents → 123.45; 12345 JPY → 12345. */
export function majorUnits(minorUnits: number, currency: string): number {
  const fractionDigits = numberFormat(LOCALE, { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return minorUnits / 10 ** fractionDigits;
}

const dateFormat = dateTimeFormat(LOCALE, { dateStyle: "medium", timeZone: "UTC" });
const dateAndTimeFormat = dateTimeFormat(LOCALE, {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

export const formatDate = (date: Date) => dateFormat.format(date);
export const formatDateTime = (date: Date) => dateAndTimeFormat.format(date);

/** "2 h 15 min left" or "overdue by 40 min". */
export function formatTimeLeft(deadline: Date, now: Date): string {
  const minutes = Math.round((deadline.getTime() - now.getTime()) / 60_000);
  const span = formatMinutes(Math.abs(minutes));
  return minutes >= 0 ? `${span} left` : `overdue by ${span}`;
}

/** "3 h 10 min", "2 d 4 h", "45 min". */
export function formatMinutes(total: number): string {
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

/** "CHANGES_REQUESTED" → "Changes requested". */
export function formatStatus(status: string): string {
  const words = status.toLowerCase().replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const formatRating = (average: number | null) => (average === null ? "None yet" : `${average.toFixed(1)} / 5`);

export const formatCount = (count: number, singular: string, plural = `${singular}s`) => `${count} ${count === 1 ? singular : plural}`;

const dayMonthFormat = dateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
/** "14 Dec": a near date in a short label (the trial's end). */
export const formatDayMonth = (date: Date) => dayMonthFormat.format(date);
