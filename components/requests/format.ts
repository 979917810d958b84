import { formatMoney } from "@/lib/format";

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
