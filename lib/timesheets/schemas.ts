import { z } from "zod";

// The inputs of time entries and week reviews, shared by the forms and the API. Hours travel as
// numbers in quarter steps (1.75); they are stored as minutes.

export const MAX_ENTRY_DESCRIPTION = 1_000;

export const timeEntryInputSchema = z.strictObject({
  date: z.iso.date({ error: "Choose the day you worked, as YYYY-MM-DD." }),
  hours: z
    .number({ error: "Enter the hours worked, for example 1.5." })
    .positive("Log more than 0 hours.")
    .max(24, "A day has at most 24 hours.")
    .refine((hours) => Number.isInteger(hours * 4), "Log hours in quarter steps: 0.25, 0.5, 0.75, 1, 1.25…"),
  description: z
    .string({ error: "Say what you worked on." })
    .trim()
    .min(3, "Say what you worked on, in a few words.")
    .max(MAX_ENTRY_DESCRIPTION, `Keep it under ${MAX_ENTRY_DESCRIPTION.toLocaleString("en-US")} characters.`),
});
export type TimeEntryInput = z.infer<typeof timeEntryInputSchema>;

export const disputeWeekSchema = z.strictObject({
  reason: z
    .string({ error: "Say which hours you dispute and why." })
    .trim()
    .min(10, "Say which hours you dispute and why, in a sentence or two.")
    .max(2_000, "Keep it under 2,000 characters."),
});
export type DisputeWeekInput = z.infer<typeof disputeWeekSchema>;
