import { z } from "zod";

// An admin export covers whole days in UTC: from the first instant of `from` (inclusive) to the first
// instant of the day after `to` (exclusive), so both days given are included. At most a year a file.

export const MAX_EXPORT_DAYS = 366;
const DAY_MS = 86_400_000;

const dateSchema = z.iso.date("Use a date like 2026-01-31.");

export const ledgerExportInputSchema = z
  .strictObject({
    kind: z.enum(["LEDGER_ENTRIES", "PAYOUTS"], { error: "Choose ledger entries or payouts." }).meta({
      description: "LEDGER_ENTRIES: one row per ledger entry (both sides of every transaction); PAYOUTS: one row per transfer to an expert.",
    }),
    from: dateSchema.meta({ description: "First day (UTC), included." }),
    to: dateSchema.meta({ description: "Last day (UTC), included." }),
  })
  .refine((input) => input.from <= input.to, { message: "The start date must not be after the end date.", path: ["from"] })
  .refine((input) => daySpan(input.from, input.to) <= MAX_EXPORT_DAYS, {
    message: `Export at most ${MAX_EXPORT_DAYS} days at a time: split a longer range into several exports.`,
    path: ["to"],
  });

export type LedgerExportInput = z.output<typeof ledgerExportInputSchema>;

/** Number of days from..to, both included. */
export const daySpan = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;

/** [start, end) in UTC for whole days from..to. */
export function exportBounds(from: Date | string, to: Date | string) {
  const start = new Date(typeof from === "string" ? `${from}T00:00:00.000Z` : from.getTime());
  const lastDay = new Date(typeof to === "string" ? `${to}T00:00:00.000Z` : to.getTime());
  return { start, end: new Date(lastDay.getTime() + DAY_MS) };
}
