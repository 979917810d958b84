"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import type { FieldErrorMap } from "@/components/auth/field-errors";
import { useFocusFirstInvalid } from "@/components/contracts/form-errors";
import { useToast } from "@/components/ui/toast";
import { useWizard, WizardFrame } from "@/components/ui/wizard-frame";
import { callApi } from "@/lib/endpoints/client";
import { type ApplicationValues, checkSteps, listSteps } from "@/lib/vetting/application/steps";
import { saveApplicationStepSchema } from "@/lib/vetting/schemas";
import { AvailabilityFields } from "./availability-fields";
import { type FormValues, formValuesOf, serverErrors, stepErrors, stepInputOf, stepOfField } from "./form-values";
import { LinksFields } from "./links-fields";
import { ProfileFields } from "./profile-fields";
import { QuestionsFields } from "./questions-fields";
import { RateFields } from "./rate-fields";
import { ReviewStep } from "./review-step";
import { SkillsFields } from "./skills-fields";
import { firstMissingIndex, indexOfStep, REVIEW_INDEX, WIZARD_STEPS, type WizardStep } from "./wizard-steps";

type ApplicationWizardProps = { steps: ApplicationValues; timeZones: readonly string[] };

/** The application in six steps and a review. Each step is checked with its shared schema and saved before moving on. */
export function ApplicationWizard({ steps, timeZones }: ApplicationWizardProps) {
  const router = useRouter();
  const { toast } = useToast();
  const { step, goTo, formRef, setFormError, submitWith, frameProps } = useWizard(() => firstMissingIndex(checkSteps(steps).missing));
  const [values, setValues] = useState(() => formValuesOf(steps));
  const [saved, setSaved] = useState(steps);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [isSubmitted, setSubmitted] = useState(false);
  // A step opened from the review goes back to the review once saved.
  const [isReturningToReview, setReturningToReview] = useState(false);
  const current: WizardStep = WIZARD_STEPS[step].key;

  const change = useCallback((changes: Partial<FormValues>) => setValues((previous) => ({ ...previous, ...changes })), []);
  useFocusFirstInvalid(formRef, errors);

  async function saveStep() {
    if (current === "review") return;
    const found = stepErrors(values, current);
    if (Object.keys(found).length) return setErrors(found);
    // The step's own schema accepted the values, so the step body takes them too.
    const body = saveApplicationStepSchema.parse({ step: current, values: stepInputOf(values, current) });
    const answer = await callApi("PUT /api/v1/application/steps", { body });
    if (!answer.ok) {
      setErrors(serverErrors(answer.fields, "values"));
      return setFormError(answer.message);
    }
    setSaved(answer.data.steps);
    setErrors({});
    goTo(isReturningToReview ? REVIEW_INDEX : step + 1);
  }

  async function submit() {
    const { missing } = checkSteps(saved);
    if (missing.length) return setFormError(`Complete ${listSteps(missing)} before you submit.`);
    const answer = await callApi("POST /api/v1/application/submit", { body: {} });
    if (!answer.ok) {
      const found = serverErrors(answer.fields, "step");
      const stepsWithProblems = Object.keys(found).flatMap((path) => stepOfField(path) ?? []);
      setErrors(found);
      return stepsWithProblems.length ? goTo(Math.min(...stepsWithProblems.map(indexOfStep)), answer.message) : setFormError(answer.message);
    }
    setSubmitted(true);
    toast("Application submitted. We'll email you when a reviewer picks it up.", { tone: "success" });
    router.refresh();
  }

  const handleSubmit = submitWith(async () => {
    if (isSubmitted) return;
    await (current === "review" ? submit() : saveStep());
  });

  const fieldProps = { values, errors, onChange: change };
  return (
    <WizardFrame
      {...frameProps}
      label="Application steps"
      titles={WIZARD_STEPS.map((entry) => entry.title)}
      onSubmit={handleSubmit}
      isBusy={frameProps.isBusy || isSubmitted}
      submitLabel="Submit application"
      note="Each step is saved when you continue, so you can leave and finish later."
    >
      {current === "profile" && <ProfileFields {...fieldProps} />}
      {current === "skills" && (
        <SkillsFields
          {...fieldProps}
          hint="Add each skill you would be hired for, with your level and years of hands-on use. Synonyms work: “k8s” finds Kubernetes."
        />
      )}
      {current === "rate" && <RateFields {...fieldProps} />}
      {current === "availability" && <AvailabilityFields {...fieldProps} timeZones={timeZones} />}
      {current === "links" && <LinksFields {...fieldProps} />}
      {current === "answers" && <QuestionsFields {...fieldProps} />}
      {current === "review" && (
        <ReviewStep
          steps={saved}
          onEdit={(target) => {
            setReturningToReview(true);
            goTo(indexOfStep(target));
          }}
        />
      )}
    </WizardFrame>
  );
}
