"use client";

import { type FormEvent, type ReactNode, type RefObject, useEffect, useId, useRef, useState } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { Card } from "./card";
import { StepProgress } from "./step-progress";

type WizardFrameProps = {
  /** The step list's accessible name. */
  label: string;
  titles: readonly string[];
  step: number;
  formRef: RefObject<HTMLFormElement | null>;
  /** Focused when the step changes, so the new step is announced. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onBack: () => void;
  formError: string | null;
  isBusy: boolean;
  /** The last step's button, e.g. "Submit request". */
  submitLabel: string;
  /** Under the buttons: how saving works. */
  note?: ReactNode;
  children: ReactNode;
};

/** A multi-step form: progress, "Step n of N" heading, the form's problem, the step, Back and Save/Submit. */
export function WizardFrame(props: WizardFrameProps) {
  const { label, titles, step, formRef, headingRef, onSubmit, onBack, formError, isBusy, submitLabel, note, children } = props;
  const headingId = useId();
  const isLastStep = step === titles.length - 1;
  return (
    <Card className="space-y-6">
      <StepProgress titles={titles} step={step} label={label} />
      <form ref={formRef} noValidate onSubmit={onSubmit} className="space-y-6" aria-labelledby={headingId}>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-xl font-semibold text-slate-900 focus:outline-none">
          Step {step + 1} of {titles.length}: {titles[step]}
        </h2>
        {formError && (
          <Alert tone="danger" role="alert">
            {formError}
          </Alert>
        )}
        {children}
        <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-5">
          {step > 0 ? (
            <Button variant="secondary" onClick={onBack} disabled={isBusy}>
              Back
            </Button>
          ) : (
            <span />
          )}
          <Button type="submit" isLoading={isBusy} loadingLabel={isLastStep ? "Submitting…" : "Saving…"}>
            {isLastStep ? submitLabel : "Save and continue"}
          </Button>
        </div>
        {note && <p className="text-sm text-slate-600">{note}</p>}
      </form>
    </Card>
  );
}

/**
 * A wizard's navigation, for WizardFrame: the step, moving to another (its heading takes focus, so
 * the new step is announced, though not on first load), the form's problem, and a submit handler
 * that runs one step's work at a time however often the button is pressed.
 */
export function useWizard(initialStep: number | (() => number)) {
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hasMovedRef = useRef(false);
  const [step, setStep] = useState(initialStep);
  const [formError, setFormError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    if (hasMovedRef.current) headingRef.current?.focus();
  }, [step]);

  function goTo(index: number, message: string | null = null) {
    hasMovedRef.current = true;
    setFormError(message);
    setStep(index);
  }

  /** The form's onSubmit: `work` saves the step or submits; a press while it runs does nothing. */
  const submitWith = (work: () => Promise<unknown>) => async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const frameProps = { step, formRef, headingRef, formError, isBusy, onBack: () => goTo(step - 1) };
  return { step, goTo, formRef, setFormError, submitWith, frameProps };
}
