import type { FieldErrors } from "@/lib/errors";
import { messageOfIssue } from "@/lib/plain-zod-messages";
import { APPLICATION_STEPS, type ApplicationStep, type SKILL_LEVELS } from "@/lib/vetting/schemas";

// The application's steps as stored, and which of them are complete. Pure: the wizard uses it too.

export type SkillLevel = (typeof SKILL_LEVELS)[number];
export type ApplicationSkill = { skillId: string; name: string; level: SkillLevel; years: number; isVerified: boolean };

/** What each step holds now; a step never saved shows empty values. */
export type ApplicationValues = {
  profile: { headline: string; bio: string };
  skills: { skills: ApplicationSkill[] };
  rate: { hourlyRateCents: number | null; currency: string };
  availability: { weeklyAvailableHours: number | null; timezone: string | null; isAvailable: boolean };
  links: { github: string; portfolio: string; linkedin: string };
  answers: { proudestWork: string; hardProblem: string; remoteWork: string };
};

export const STEP_ORDER = Object.keys(APPLICATION_STEPS) as ApplicationStep[];

export const STEP_TITLES: Record<ApplicationStep, string> = {
  profile: "Profile",
  skills: "Skills",
  rate: "Rate",
  availability: "Availability & timezone",
  links: "Links",
  answers: "Questions",
};

/** A step's values as its schema takes them: unset numbers and texts are left out, not sent as null. */
function stepInput(values: ApplicationValues, step: ApplicationStep): unknown {
  switch (step) {
    case "skills":
      return { skills: values.skills.skills.map(({ skillId, level, years }) => ({ skillId, level, years })) };
    case "rate":
      return { hourlyRateCents: values.rate.hourlyRateCents ?? undefined, currency: values.rate.currency };
    case "availability": {
      const { weeklyAvailableHours, timezone, isAvailable } = values.availability;
      return { weeklyAvailableHours: weeklyAvailableHours ?? undefined, timezone: timezone ?? undefined, isAvailable };
    }
    default:
      return values[step];
  }
}

export type StepCheck = { complete: ApplicationStep[]; missing: ApplicationStep[]; fields: FieldErrors };

/** Each step checked whole by its own schema; problems are keyed "<step>.<field>", e.g. "profile.bio". */
export function checkSteps(values: ApplicationValues): StepCheck {
  const check: StepCheck = { complete: [], missing: [], fields: {} };
  for (const step of STEP_ORDER) {
    const parsed = APPLICATION_STEPS[step].safeParse(stepInput(values, step));
    if (parsed.success) {
      check.complete.push(step);
      continue;
    }
    check.missing.push(step);
    for (const issue of parsed.error.issues) (check.fields[[step, ...issue.path.map(String)].join(".")] ??= []).push(messageOfIssue(issue));
  }
  return check;
}

/** "Profile, Skills and Rate". */
export function listSteps(steps: readonly ApplicationStep[]): string {
  const titles = steps.map((step) => STEP_TITLES[step]);
  return titles.length > 1 ? `${titles.slice(0, -1).join(", ")} and ${titles.at(-1)}` : (titles[0] ?? "");
}
