import { DEFAULT_BUDGET_TOLERANCE_PERCENT } from "@/lib/matching/budget-fit";
import type { CURRENCIES } from "@/lib/payments/currencies";
import { messageOfIssue } from "@/lib/plain-zod-messages";
import type { DraftChanges, DraftField } from "@/lib/requests/api-schemas";
import { requestSubmissionSchema } from "@/lib/requests/schemas";

// The wizard's form state (what the inputs hold, as text) and its conversion to the request fields
// that the shared zod schema checks: money typed in currency units becomes integer cents.

export type Currency = (typeof CURRENCIES)[number];
export type Engagement = "FIXED_PRICE" | "HOURLY";
export type ChosenSkill = { skillId: string; name: string };
export type RequiredSkill = ChosenSkill & { minYears: string };

export type WizardValues = {
  title: string;
  description: string;
  requiredSkills: RequiredSkill[];
  niceToHaveSkills: ChosenSkill[];
  engagement: Engagement;
  currency: Currency;
  budgetMin: string;
  budgetMax: string;
  /** "0", "10" or "20": how far above budgetMax experts are still shown. */
  budgetTolerance: string;
  startDate: string;
  durationWeeks: string;
  hoursPerWeek: string;
  timezone: string;
  minOverlapHours: string;
};

export const WIZARD_STEPS = [
  { title: "The need", fields: ["title", "description"] },
  { title: "Skills", fields: ["requiredSkills", "niceToHaveSkillIds"] },
  { title: "Engagement and budget", fields: ["engagement", "currency", "budgetMinCents", "budgetMaxCents", "budgetTolerancePercent"] },
  { title: "Schedule", fields: ["startDate", "durationWeeks", "hoursPerWeek", "timezone", "minOverlapHours"] },
  { title: "Review", fields: [] },
] as const satisfies readonly { title: string; fields: readonly DraftField[] }[];

export const REVIEW_STEP = WIZARD_STEPS.length - 1;

export const EMPTY_VALUES: WizardValues = {
  title: "",
  description: "",
  requiredSkills: [],
  niceToHaveSkills: [],
  engagement: "FIXED_PRICE",
  currency: "USD",
  budgetMin: "",
  budgetMax: "",
  budgetTolerance: String(DEFAULT_BUDGET_TOLERANCE_PERCENT),
  startDate: "",
  durationWeeks: "",
  hoursPerWeek: "",
  timezone: "",
  minOverlapHours: "0",
};

const optionalNumber = (text: string) => (text.trim() === "" ? undefined : Number(text));
const centsOf = (units: string) => {
  const amount = optionalNumber(units);
  return amount === undefined ? undefined : Math.round(amount * 100);
};
const unitsOf = (cents: number | null | undefined) => (cents == null ? "" : String(cents / 100));

/** Every field as the server takes it; blank inputs are left out (a blank minimum budget clears it). */
export function fieldsOf(values: WizardValues) {
  return {
    title: values.title,
    description: values.description,
    requiredSkills: values.requiredSkills.map((skill) => ({ skillId: skill.skillId, minYears: optionalNumber(skill.minYears) ?? 0 })),
    niceToHaveSkillIds: values.niceToHaveSkills.map((skill) => skill.skillId),
    engagement: values.engagement,
    currency: values.currency,
    budgetMinCents: centsOf(values.budgetMin) ?? null,
    budgetMaxCents: centsOf(values.budgetMax),
    budgetTolerancePercent: optionalNumber(values.budgetTolerance),
    startDate: values.startDate || undefined,
    durationWeeks: optionalNumber(values.durationWeeks),
    hoursPerWeek: optionalNumber(values.hoursPerWeek),
    timezone: values.timezone || undefined,
    minOverlapHours: optionalNumber(values.minOverlapHours),
  };
}

export type WizardFields = ReturnType<typeof fieldsOf>;

/** The fields one step edits: what is saved to the draft when the client moves on from it. */
export function stepFields(values: WizardValues, step: number): Partial<WizardFields> {
  const all = fieldsOf(values);
  const fields: readonly DraftField[] = WIZARD_STEPS[step]?.fields ?? [];
  return Object.fromEntries(fields.map((field) => [field, all[field]]));
}

export type ErrorMap = Partial<Record<string, string>>;

/** Problems in the fields of `step` (the whole request at the review step), by the same schema the server uses. */
export function validateStep(values: WizardValues, step: number): ErrorMap {
  const parsed = requestSubmissionSchema.safeParse(fieldsOf(values));
  if (parsed.success) return {};
  const fields: readonly string[] = WIZARD_STEPS[step]?.fields ?? [];
  const errors: ErrorMap = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    if (step === REVIEW_STEP || fields.includes(String(issue.path[0]))) errors[key] ??= messageOfIssue(issue);
  }
  return errors;
}

/** The step that holds a field, so an error from the server can send the client to it. */
export function stepOfField(path: string): number {
  const field = path.split(".")[0];
  // The brief's files are added on the first step, beside the description.
  if (field === "fileIds") return 0;
  const index = WIZARD_STEPS.findIndex((step) => (step.fields as readonly string[]).includes(field));
  return index === -1 ? REVIEW_STEP : index;
}

/** A stored draft back into the wizard's inputs. */
export function valuesOfDraft(fields: DraftChanges, skillNames: Record<string, string>): WizardValues {
  const nameOf = (skillId: string) => skillNames[skillId] ?? "Unknown skill";
  return {
    ...EMPTY_VALUES,
    title: fields.title ?? "",
    description: fields.description ?? "",
    requiredSkills: (fields.requiredSkills ?? []).map((skill) => ({
      skillId: skill.skillId,
      name: nameOf(skill.skillId),
      minYears: String(skill.minYears ?? 0),
    })),
    niceToHaveSkills: (fields.niceToHaveSkillIds ?? []).map((skillId) => ({ skillId, name: nameOf(skillId) })),
    engagement: fields.engagement ?? EMPTY_VALUES.engagement,
    currency: fields.currency ?? EMPTY_VALUES.currency,
    budgetMin: unitsOf(fields.budgetMinCents),
    budgetMax: unitsOf(fields.budgetMaxCents),
    budgetTolerance: String(fields.budgetTolerancePercent ?? DEFAULT_BUDGET_TOLERANCE_PERCENT),
    startDate: fields.startDate ? fields.startDate.toISOString().slice(0, 10) : "",
    durationWeeks: fields.durationWeeks?.toString() ?? "",
    hoursPerWeek: fields.hoursPerWeek?.toString() ?? "",
    timezone: fields.timezone ?? "",
    minOverlapHours: String(fields.minOverlapHours ?? 0),
  };
}

/** Where a reopened draft continues: the first step with something left to do, else the review. */
export function firstIncompleteStep(values: WizardValues): number {
  const index = WIZARD_STEPS.findIndex((_step, step) => step !== REVIEW_STEP && Object.keys(validateStep(values, step)).length > 0);
  return index === -1 ? REVIEW_STEP : index;
}
