import type { z } from "zod";
import type { FieldErrorMap } from "@/components/auth/field-errors";
import { pathErrors } from "@/components/contracts/form-errors";
import type { FieldErrors } from "@/lib/errors";
import type { ApplicationValues, SkillLevel } from "@/lib/vetting/application/steps";
import { APPLICATION_STEPS, type ApplicationStep } from "@/lib/vetting/schemas";

// What the application's inputs hold (as text) and their conversion to the step values the shared
// zod schemas check: a rate typed in currency units becomes integer cents. Every field name is
// unique across the steps, so one error map keyed by field path ("skills.0.years") serves them all.

export type FormSkill = { skillId: string; name: string; level: SkillLevel | ""; years: string; isVerified: boolean };

export type FormValues = {
  headline: string;
  bio: string;
  skills: FormSkill[];
  hourlyRate: string;
  currency: string;
  weeklyAvailableHours: string;
  timezone: string;
  isAvailable: boolean;
  github: string;
  portfolio: string;
  linkedin: string;
  proudestWork: string;
  hardProblem: string;
  remoteWork: string;
};

export type FieldProps = {
  values: FormValues;
  errors: FieldErrorMap;
  onChange: (changes: Partial<FormValues>) => void;
};

const numberOf = (text: string) => (text.trim() === "" ? undefined : Number(text));
const centsOf = (units: string) => {
  const amount = numberOf(units);
  return amount === undefined ? undefined : Math.round(amount * 100);
};

export function formValuesOf(steps: ApplicationValues): FormValues {
  const { profile, skills, rate, availability, links, answers } = steps;
  return {
    ...profile,
    skills: skills.skills.map((skill) => ({ ...skill, years: String(skill.years) })),
    hourlyRate: rate.hourlyRateCents === null ? "" : String(rate.hourlyRateCents / 100),
    currency: rate.currency,
    weeklyAvailableHours: availability.weeklyAvailableHours?.toString() ?? "",
    timezone: availability.timezone ?? "",
    isAvailable: availability.isAvailable,
    ...links,
    ...answers,
  };
}

/** The values of one step as its schema (and the server) takes them. */
export function stepInputOf(values: FormValues, step: ApplicationStep) {
  switch (step) {
    case "profile":
      return { headline: values.headline, bio: values.bio };
    case "skills":
      return { skills: values.skills.map((skill) => ({ skillId: skill.skillId, level: skill.level || undefined, years: numberOf(skill.years) })) };
    case "rate":
      return { hourlyRateCents: centsOf(values.hourlyRate), currency: values.currency };
    case "availability":
      return { weeklyAvailableHours: numberOf(values.weeklyAvailableHours), timezone: values.timezone || undefined, isAvailable: values.isAvailable };
    case "links":
      return { github: values.github.trim(), portfolio: values.portfolio.trim(), linkedin: values.linkedin.trim() };
    case "answers":
      return { proudestWork: values.proudestWork, hardProblem: values.hardProblem, remoteWork: values.remoteWork };
  }
}

/** Problems with `input` by the shared schema, keyed by field path; empty when it is valid. */
export function errorsOf(schema: z.ZodType, input: unknown): FieldErrorMap {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : pathErrors(parsed.error);
}

export const stepErrors = (values: FormValues, step: ApplicationStep) => errorsOf(APPLICATION_STEPS[step], stepInputOf(values, step));

/**
 * The server's `fields`, first message each, without their prefix: a saved step's problems come as
 * "values.<field>", a submission's as "<step>.<field>".
 */
export function serverErrors(fields: FieldErrors, prefix: "values" | "step"): FieldErrorMap {
  const errors: FieldErrorMap = {};
  for (const [path, messages] of Object.entries(fields)) {
    const [head, ...rest] = path.split(".");
    const isPrefixed = rest.length > 0 && (prefix === "values" ? head === "values" : head in APPLICATION_STEPS);
    errors[isPrefixed ? rest.join(".") : path] ??= messages[0];
  }
  return errors;
}

/** The step that holds a field, so a problem found at submission sends the applicant to it. */
export function stepOfField(path: string): ApplicationStep | null {
  const field = path.split(".")[0];
  const steps = Object.entries(APPLICATION_STEPS) as [ApplicationStep, (typeof APPLICATION_STEPS)[ApplicationStep]][];
  return steps.find(([, schema]) => field in schema.shape)?.[0] ?? null;
}

/** The whole profile as PATCH /api/v1/profile takes it; the editor sends only the fields that changed. */
export function profileInputOf(values: FormValues): Record<string, unknown> {
  return {
    ...stepInputOf(values, "profile"),
    ...stepInputOf(values, "rate"),
    ...stepInputOf(values, "availability"),
    links: stepInputOf(values, "links"),
    skills: stepInputOf(values, "skills").skills,
  };
}

/** The profile's problems by field, links flattened ("links.github" → "github") to match the inputs' names. */
export function profileErrors(errors: FieldErrorMap): FieldErrorMap {
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^links\./, ""), message]));
}
