import { z } from "zod";
import { milestoneInputSchema } from "@/lib/contracts/schemas";

// One schema per amendment input, shared by the contract page's forms and the API. Money is integer cents.

export const MAX_HOURLY_RATE_CENTS = 100_000; // 1,000.00 an hour
export const MAX_WEEKLY_CAP_MINUTES = 80 * 60;

const note = z.string().trim().max(1_000, "Keep the note under 1,000 characters.").default("");
const id = z.string({ error: "Choose the milestone to change." }).trim().min(1, "Choose the milestone to change.").max(64, "The milestone id is malformed.");
const milestoneFields = milestoneInputSchema.shape;

const addMilestone = z.strictObject({
  kind: z.literal("ADD_MILESTONE"),
  title: milestoneFields.title,
  description: milestoneFields.description,
  amountCents: milestoneFields.amountCents,
  dueDate: milestoneFields.dueDate,
  note,
});

const changeMilestone = z
  .strictObject({
    kind: z.literal("CHANGE_MILESTONE"),
    milestoneId: id,
    amountCents: milestoneFields.amountCents.optional(),
    description: z.string().trim().max(2_000, "Keep the description under 2,000 characters.").optional(),
    dueDate: milestoneFields.dueDate.optional(),
    note,
  })
  .refine((input) => input.amountCents !== undefined || input.description !== undefined || input.dueDate !== undefined, {
    message: "Change the amount, the description or the due date.",
    path: ["amountCents"],
  });

const changeHourlyTerms = z
  .strictObject({
    kind: z.literal("CHANGE_HOURLY_TERMS"),
    hourlyRateCents: z
      .number({ error: "Enter the hourly rate in cents." })
      .int("Use whole cents.")
      .min(100, "An hourly rate is at least 1.00.")
      .max(MAX_HOURLY_RATE_CENTS, "An hourly rate is at most 1,000.00.")
      .optional(),
    weeklyCapMinutes: z
      .number({ error: "Enter the weekly cap in minutes." })
      .int("Use whole minutes.")
      .min(15, "The weekly cap is at least 15 minutes.")
      .max(MAX_WEEKLY_CAP_MINUTES, "The weekly cap is at most 80 hours.")
      .refine((minutes) => minutes % 15 === 0, "Use quarter hours: the cap in minutes is a multiple of 15.")
      .optional(),
    note,
  })
  .refine((input) => input.hourlyRateCents !== undefined || input.weeklyCapMinutes !== undefined, {
    message: "Change the hourly rate or the weekly cap.",
    path: ["hourlyRateCents"],
  });

export const proposeAmendmentSchema = z.discriminatedUnion("kind", [addMilestone, changeMilestone, changeHourlyTerms], {
  error: 'Choose "ADD_MILESTONE", "CHANGE_MILESTONE" or "CHANGE_HOURLY_TERMS".',
});
export type ProposeAmendmentInput = z.infer<typeof proposeAmendmentSchema>;
