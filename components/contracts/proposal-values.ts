import type { z } from "zod";
import type { FieldErrorMap } from "@/components/auth/field-errors";
import { parseAmount } from "@/lib/contracts/amount-input";
import { hireAgainSchema, proposeContractSchema } from "@/lib/contracts/schemas";
import { splitRelease } from "@/lib/payments/fees";
import { type BuiltBody, pathErrors } from "./form-errors";

// The proposal form's state (what the inputs hold, as text) and its conversion to the body that the
// shared schema checks. Amounts are read as strings into integer cents, never through a float.

export type MilestoneRow = { key: number; title: string; description: string; amount: string; dueDate: string };
export type Billing = "FIXED" | "HOURLY";
export type ProposalValues = {
  title: string;
  billing: Billing;
  milestones: MilestoneRow[];
  /** Hourly: the rate as typed ("85.00"), the weekly cap in hours ("40", "37.5") and the week's time zone. */
  hourlyRate: string;
  weeklyCapHours: string;
  weekTimeZone: string;
};

export const emptyRow = (key: number): MilestoneRow => ({ key, title: "", description: "", amount: "", dueDate: "" });

const centsOf = (row: MilestoneRow) => {
  const parsed = parseAmount(row.amount);
  return parsed.ok ? parsed.cents : null;
};

/** The live total, the platform fee (rounded per milestone, as it is charged at each release) and the expert's share. */
export function proposalTotals(rows: MilestoneRow[], feeBps: number) {
  let totalCents = 0;
  let feeCents = 0;
  for (const row of rows) {
    const cents = centsOf(row);
    if (cents === null || cents <= 0) continue;
    totalCents += cents;
    feeCents += splitRelease(cents, feeBps).feeCents;
  }
  return { totalCents, feeCents, expertReceivesCents: totalCents - feeCents };
}

type ProposalBody = z.input<typeof proposeContractSchema>;

function checked(body: Omit<ProposalBody, "currency"> & { currency: string }, extraErrors: FieldErrorMap): BuiltBody<ProposalBody> {
  const parsed = proposeContractSchema.safeParse(body);
  const errors = { ...(parsed.success ? {} : pathErrors(parsed.error)), ...extraErrors };
  // Accepted by the schema, so the currency is one it names.
  return Object.keys(errors).length || !parsed.success ? { errors } : { body: { ...body, currency: parsed.data.currency } };
}

/** An hourly proposal's body: the rate read as money into cents, the cap as a number of hours. */
function buildHourlyProposal(values: ProposalValues, context: { matchId: string; currency: string }) {
  const rate = parseAmount(values.hourlyRate);
  const capText = values.weeklyCapHours.trim();
  const cap = /^\d+(\.\d+)?$/.test(capText) ? Number(capText) : Number.NaN;
  const errors: FieldErrorMap = {};
  if (!rate.ok) errors.hourlyRateCents = rate.message;
  if (Number.isNaN(cap)) errors.weeklyCapHours = "Enter the weekly cap in hours, for example 40 or 37.5.";
  return checked(
    {
      matchId: context.matchId,
      title: values.title,
      currency: context.currency,
      billing: "HOURLY",
      hourlyRateCents: rate.ok ? rate.cents : 0,
      weeklyCapHours: Number.isNaN(cap) ? 0 : cap,
      weekTimeZone: values.weekTimeZone,
    },
    errors,
  );
}

/** The POST /api/v1/contracts body, or the errors to show next to the fields (keyed like the server's `fields`). */
export function buildProposal(values: ProposalValues, context: { matchId: string; currency: string }): BuiltBody<ProposalBody> {
  if (values.billing === "HOURLY") return buildHourlyProposal(values, context);
  return buildWith(proposeContractSchema, values, { matchId: context.matchId }, context.currency);
}

/** The POST /api/v1/contracts/hire-again body: the same terms, naming the expert instead of a shortlist match. */
export function buildHireAgain(values: ProposalValues, context: { expertProfileId: string; currency: string }): BuiltBody<z.input<typeof hireAgainSchema>> {
  return buildWith(hireAgainSchema, values, { expertProfileId: context.expertProfileId }, context.currency);
}

function buildWith<S extends typeof proposeContractSchema | typeof hireAgainSchema>(
  schema: S,
  values: ProposalValues,
  target: Record<string, string>,
  currency: string,
): BuiltBody<z.input<S>> {
  const amountErrors: FieldErrorMap = {};
  const milestones = values.milestones.map((row, index) => {
    const parsed = parseAmount(row.amount);
    if (!parsed.ok) amountErrors[`milestones.${index}.amountCents`] = parsed.message;
    return { title: row.title, description: row.description, amountCents: parsed.ok ? parsed.cents : 0, dueDate: row.dueDate };
  });
  const body = { ...target, title: values.title, currency, totalCents: milestones.reduce((sum, milestone) => sum + milestone.amountCents, 0), milestones };
  const parsed = schema.safeParse(body);
  const errors = { ...(parsed.success ? {} : pathErrors(parsed.error)), ...amountErrors };
  // Accepted by the schema, so the currency is one it names.
  return Object.keys(errors).length || !parsed.success ? { errors } : { body: { ...body, currency: parsed.data.currency } as z.input<S> };
}
