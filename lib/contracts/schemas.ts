import { z } from "zod";
import { now } from "@/lib/clock";
import { CURRENCIES } from "@/lib/payments/currencies";
import { isValidTimeZone } from "@/lib/time/timezones";

// One schema per contract input (a proposal's milestones included), shared by the forms and the API.
// The inputs of an agreed milestone are in lib/milestones/schemas.ts. Money is integer cents.

export const MAX_MILESTONES = 20;
export const MIN_MILESTONE_CENTS = 1_000; // 10.00: below that, card fees eat the work
export const MAX_MILESTONE_CENTS = 5_000_000; // 50,000.00 per milestone
export const MAX_CONTRACT_CENTS = 25_000_000; // 250,000.00 per contract
export const MIN_HOURLY_RATE_CENTS = 1_000; // 10.00 an hour
export const MAX_HOURLY_RATE_CENTS = 50_000; // 500.00 an hour: a capped week stays under MAX_MILESTONE_CENTS
export const MAX_WEEKLY_CAP_HOURS = 80;
const DAY_MS = 86_400_000;

const id = z.string().trim().min(1).max(64);
const cents = (what: string) =>
  z
    .number({ error: `Enter the ${what} in cents, as a whole number.` })
    .int("Use whole cents: money is never a fraction of a cent.")
    .min(MIN_MILESTONE_CENTS, `A ${what} is at least 10.00.`)
    .max(MAX_MILESTONE_CENTS, `A ${what} is at most 50,000.00; split larger work into more milestones.`);

export const milestoneInputSchema = z.strictObject({
  title: z.string({ error: "Name the milestone." }).trim().min(3, "Use at least 3 characters.").max(120, "Use at most 120 characters."),
  description: z.string().trim().max(2_000, "Keep the description under 2,000 characters.").default(""),
  amountCents: cents("milestone amount"),
  dueDate: z.coerce
    .date({ error: "Choose a due date." })
    .refine((date) => date.getTime() >= now().getTime() - DAY_MS, "The due date cannot be in the past.")
    .refine((date) => date.getTime() <= now().getTime() + 2 * 365 * DAY_MS, "Choose a due date within two years."),
});

const contractTermsShape = {
  title: z.string({ error: "Give the contract a title." }).trim().min(5, "Use at least 5 characters.").max(120, "Use at most 120 characters."),
  currency: z.enum(CURRENCIES, { error: "Choose USD, EUR or GBP." }),
  totalCents: z.number({ error: "Send the total in cents." }).int("Use whole cents.").positive("The total must be above zero."),
  milestones: z.array(milestoneInputSchema).min(1, "Add at least one milestone.").max(MAX_MILESTONES, `Use at most ${MAX_MILESTONES} milestones.`),
};

function checkTotals(input: { totalCents: number; milestones: { amountCents: number }[] }, context: z.RefinementCtx) {
  const sum = input.milestones.reduce((total, milestone) => total + milestone.amountCents, 0);
  if (sum !== input.totalCents) {
    context.addIssue({ code: "custom", path: ["totalCents"], message: `The milestones add up to ${sum} cents, not ${input.totalCents}.` });
  }
  if (sum > MAX_CONTRACT_CENTS) context.addIssue({ code: "custom", path: ["totalCents"], message: "A contract is at most 250,000.00." });
}

/** A contract's terms on their own: what the proposal form checks before it knows where to send them. */
export const contractTermsSchema = z.strictObject(contractTermsShape).superRefine(checkTotals);
const hourlyRateCents = z
  .number({ error: "Enter the hourly rate in cents, as a whole number." })
  .int("Use whole cents: money is never a fraction of a cent.")
  .min(MIN_HOURLY_RATE_CENTS, "An hourly rate is at least 10.00.")
  .max(MAX_HOURLY_RATE_CENTS, "An hourly rate is at most 500.00.");

const weeklyCapHours = z
  .number({ error: "Enter the weekly cap in hours, for example 40 or 37.5." })
  .positive("The weekly cap must be more than 0 hours.")
  .max(MAX_WEEKLY_CAP_HOURS, `A weekly cap is at most ${MAX_WEEKLY_CAP_HOURS} hours.`)
  .refine((hours) => Number.isInteger(hours * 4), "Use whole or quarter hours (for example 20, 20.25, 20.5 or 20.75).");

const weekTimeZone = z
  .string({ error: "Choose the time zone your weeks run in." })
  .trim()
  .max(64, "Choose a time zone from the list, such as Europe/Berlin.")
  .refine(isValidTimeZone, "Choose a time zone from the list, such as Europe/Berlin.");

const HOURLY_FIELDS = ["hourlyRateCents", "weeklyCapHours"] as const;
const FIXED_FIELDS = ["totalCents", "milestones"] as const;

/**
 * A fixed-price proposal names its milestones and their total; an hourly one its rate, weekly cap and
 * the time zone whose Monday–Sunday weeks are billed (the request's, when left out).
 */
export const proposeContractSchema = z
  .strictObject({
    matchId: id,
    title: z.string({ error: "Give the contract a title." }).trim().min(5, "Use at least 5 characters.").max(120, "Use at most 120 characters."),
    currency: z.enum(CURRENCIES, { error: "Choose USD, EUR or GBP." }),
    billing: z.enum(["FIXED", "HOURLY"], { error: "Choose FIXED (milestones) or HOURLY (weekly timesheets)." }).default("FIXED"),
    totalCents: z.number({ error: "Send the total in cents." }).int("Use whole cents.").positive("The total must be above zero.").optional(),
    milestones: z.array(milestoneInputSchema).min(1, "Add at least one milestone.").max(MAX_MILESTONES, `Use at most ${MAX_MILESTONES} milestones.`).optional(),
    hourlyRateCents: hourlyRateCents.optional(),
    weeklyCapHours: weeklyCapHours.optional(),
    weekTimeZone: weekTimeZone.optional(),
  })
  .superRefine((input, context) => {
    const required = input.billing === "HOURLY" ? HOURLY_FIELDS : FIXED_FIELDS;
    const refused = input.billing === "HOURLY" ? FIXED_FIELDS : [...HOURLY_FIELDS, "weekTimeZone" as const];
    for (const field of required) {
      if (input[field] === undefined) context.addIssue({ code: "custom", path: [field], message: `A ${input.billing.toLowerCase()} contract needs ${field}.` });
    }
    for (const field of refused) {
      if (input[field] !== undefined)
        context.addIssue({ code: "custom", path: [field], message: `A ${input.billing.toLowerCase()} contract does not take ${field}.` });
    }
    if (input.billing === "HOURLY" || !input.milestones || input.totalCents === undefined) return;
    const sum = input.milestones.reduce((total, milestone) => total + milestone.amountCents, 0);
    if (sum !== input.totalCents) {
      context.addIssue({ code: "custom", path: ["totalCents"], message: `The milestones add up to ${sum} cents, not ${input.totalCents}.` });
    }
    if (sum > MAX_CONTRACT_CENTS) context.addIssue({ code: "custom", path: ["totalCents"], message: "A contract is at most 250,000.00." });
  });
export type ProposeContractInput = z.infer<typeof proposeContractSchema>;

export const declineContractSchema = z.strictObject({
  reason: z.string({ error: "Tell the client briefly why." }).trim().min(3, "Tell the client briefly why.").max(1_000, "Keep it under 1,000 characters."),
});
/** "Hire again": the same terms, to an expert the company has had a contract with, without a new request. */
export const hireAgainSchema = z
  .strictObject({ expertProfileId: z.string({ error: "Say which expert to hire." }).trim().min(1, "Say which expert to hire.").max(64), ...contractTermsShape })
  .superRefine(checkTotals);
export type HireAgainInput = z.infer<typeof hireAgainSchema>;

export type DeclineContractInput = z.infer<typeof declineContractSchema>;
