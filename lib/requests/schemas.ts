import { z } from "zod";
import { now } from "@/lib/clock";
import { formatWholeMoney } from "@/lib/format";
import { BUDGET_TOLERANCE_CHOICES, DEFAULT_BUDGET_TOLERANCE_PERCENT } from "@/lib/matching/budget-fit";
import { CURRENCIES } from "@/lib/payments/currencies";
import { isValidTimeZone } from "@/lib/time/timezones";

// One schema for the request wizard and the API. Budgets are an hourly rate range in cents.

export const MAX_SKILLS = 10;
const MAX_HOURLY_BUDGET_CENTS = 100_000; // $1,000/h: anything above is a typo, not a budget
const MIN_HOURLY_BUDGET_CENTS = 1_000;
const DAY_MS = 86_400_000;

const skillId = z.string({ error: "Pick a skill from the list." }).min(1, "Pick a skill from the list.").max(64, "Pick a skill from the list.");

export const requestFieldsSchema = z.object({
  title: z.string({ error: "Give the request a title." }).trim().min(5, "Use at least 5 characters.").max(120, "Use at most 120 characters."),
  description: z
    .string({ error: "Describe the work." })
    .trim()
    .min(30, "Describe the work in at least 30 characters: what, why, and what done looks like.")
    .max(5000, "Keep the description under 5,000 characters."),
  requiredSkills: z
    .array(z.strictObject({ skillId, minYears: z.number().int().min(0, "Years cannot be negative.").max(30, "At most 30 years.").default(0) }), {
      error: "Pick the skills the work needs.",
    })
    .min(1, "Pick at least one required skill.")
    .max(MAX_SKILLS, `Pick at most ${MAX_SKILLS} required skills.`),
  niceToHaveSkillIds: z.array(skillId).max(MAX_SKILLS, `Pick at most ${MAX_SKILLS} nice-to-have skills.`).default([]),
  engagement: z.enum(["FIXED_PRICE", "HOURLY"], { error: "Choose fixed price or hourly." }).default("FIXED_PRICE"),
  currency: z.enum(CURRENCIES, { error: "Choose USD, EUR or GBP." }).default("USD"),
  // The range itself is checked with the currency in hand (checkBudgetBounds), to name it in the message.
  budgetMinCents: z
    .number({ error: "Enter the lowest rate as an amount, like 40." })
    .int("Use at most two decimals.")
    .nullable()
    .default(null)
    .meta({ description: "Hourly, in minor units of `currency`: 1,000 to 100,000." }),
  budgetMaxCents: z
    .number({ error: "Set the most you would pay per hour." })
    .int("Use at most two decimals.")
    .meta({ description: "Hourly, in minor units of `currency`: 1,000 to 100,000." }),
  budgetTolerancePercent: z
    .union(
      BUDGET_TOLERANCE_CHOICES.map((percent) => z.literal(percent)),
      { error: "Choose how far above your budget experts may be: 0%, 10% or 20%." },
    )
    .default(DEFAULT_BUDGET_TOLERANCE_PERCENT),
  startDate: z.coerce
    .date({ error: "Choose a start date." })
    .refine((date) => date.getTime() >= now().getTime() - DAY_MS, "The start date cannot be in the past.")
    .refine((date) => date.getTime() <= now().getTime() + 365 * DAY_MS, "Start within the next 12 months."),
  durationWeeks: z.number({ error: "How many weeks?" }).int("Use whole weeks.").min(1, "At least one week.").max(104, "At most two years."),
  hoursPerWeek: z.number({ error: "How many hours a week?" }).int("Use whole hours.").min(1, "At least one hour a week.").max(60, "At most 60 hours a week."),
  timezone: z.string({ error: "Choose your timezone." }).refine(isValidTimeZone, "Choose a timezone from the list."),
  minOverlapHours: z
    .number({ error: "How many hours of overlap a day?" })
    .int("Use whole hours.")
    .min(0, "The overlap cannot be negative.")
    .max(8, "At most 8 hours of overlap.")
    .default(0),
});

const checkBudgetAndSkills = <
  T extends { budgetMinCents?: number | null; budgetMaxCents?: number; requiredSkills?: { skillId: string }[]; niceToHaveSkillIds?: string[] },
>(
  value: T,
  context: z.RefinementCtx,
) => {
  if (value.budgetMinCents != null && value.budgetMaxCents != null && value.budgetMinCents > value.budgetMaxCents) {
    context.addIssue({ code: "custom", path: ["budgetMinCents"], message: "The lower end of the budget is above the upper end." });
  }
  const required = new Set(value.requiredSkills?.map((skill) => skill.skillId));
  if (required.size !== (value.requiredSkills?.length ?? 0)) {
    context.addIssue({ code: "custom", path: ["requiredSkills"], message: "Each skill once, please." });
  }
  if (value.niceToHaveSkillIds?.some((id) => required.has(id))) {
    context.addIssue({ code: "custom", path: ["niceToHaveSkillIds"], message: "A skill is either required or nice to have, not both." });
  }
};

/** An hourly budget within what we take ($10 to $1,000 an hour, or the same in EUR or GBP). */
export const isHourlyBudgetInBounds = (cents: number) => cents >= MIN_HOURLY_BUDGET_CENTS && cents <= MAX_HOURLY_BUDGET_CENTS;

const BUDGET_FIELDS: ReadonlySet<PropertyKey> = new Set(["budgetMinCents", "budgetMaxCents", "currency"]);
const hasValidBudgetFields = (payload: z.core.ParsePayload) =>
  typeof payload.value === "object" && payload.value !== null && !payload.issues.some((issue) => !issue.path?.length || BUDGET_FIELDS.has(issue.path[0]));

/** Budgets are hourly rates (for a fixed price too: matching compares them with experts' rates), told in the request's currency. */
function checkBudgetBounds(
  value: { budgetMinCents?: number | null; budgetMaxCents?: number; currency?: (typeof CURRENCIES)[number] },
  context: z.RefinementCtx,
) {
  const perHour = (cents: number) => `${formatWholeMoney(cents, value.currency ?? "USD")} per hour`;
  const bounds = [
    ["budgetMinCents", value.budgetMinCents, "The lowest rate"],
    ["budgetMaxCents", value.budgetMaxCents, "The budget"],
  ] as const;
  for (const [field, cents, what] of bounds) {
    if (cents == null) continue;
    if (cents < MIN_HOURLY_BUDGET_CENTS)
      context.addIssue({ code: "custom", path: [field], message: `${what} must be at least ${perHour(MIN_HOURLY_BUDGET_CENTS)}.` });
    else if (cents > MAX_HOURLY_BUDGET_CENTS)
      context.addIssue({ code: "custom", path: [field], message: `${what} can be at most ${perHour(MAX_HOURLY_BUDGET_CENTS)}.` });
  }
}

/** The budget's bounds, for every schema that takes budget fields (the API's bodies too). */
export const BUDGET_BOUNDS_CHECK = [checkBudgetBounds, { when: hasValidBudgetFields }] as const;

/** A complete request, ready to submit. */
export const requestSubmissionSchema = requestFieldsSchema.superRefine(...BUDGET_BOUNDS_CHECK).superRefine(checkBudgetAndSkills);

/** A draft saved between wizard steps: any subset, each field still valid on its own. */
export const requestDraftSchema = requestFieldsSchema
  .partial()
  .superRefine(...BUDGET_BOUNDS_CHECK)
  .superRefine(checkBudgetAndSkills);

export type RequestSubmission = z.infer<typeof requestSubmissionSchema>;
export type RequestDraft = z.infer<typeof requestDraftSchema>;
