import { STEP_ORDER, STEP_TITLES } from "@/lib/vetting/application/steps";
import type { ApplicationStep } from "@/lib/vetting/schemas";

export type WizardStep = ApplicationStep | "review";

export const WIZARD_STEPS: readonly { key: WizardStep; title: string }[] = [
  ...STEP_ORDER.map((step) => ({ key: step, title: STEP_TITLES[step] })),
  { key: "review", title: "Review & submit" },
];

export const REVIEW_INDEX = WIZARD_STEPS.length - 1;

export const indexOfStep = (step: WizardStep) => WIZARD_STEPS.findIndex((entry) => entry.key === step);

/** Where a returning applicant continues: the first step still missing, else the review. */
export const firstMissingIndex = (missingSteps: readonly ApplicationStep[]) => {
  const index = WIZARD_STEPS.findIndex((entry) => entry.key !== "review" && missingSteps.includes(entry.key));
  return index === -1 ? REVIEW_INDEX : index;
};
