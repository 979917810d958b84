import type { ErrorMap, WizardValues } from "./wizard-values";

export type StepProps = {
  values: WizardValues;
  errors: ErrorMap;
  onChange: (changes: Partial<WizardValues>) => void;
};
