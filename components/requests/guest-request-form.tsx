"use client";

import { type FormEvent, useRef, useState } from "react";
import { saveGuestDraftAction } from "@/app/(marketing)/start/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { enteredText, usePreHydrationInput } from "@/components/ui/use-pre-hydration-input";
import type { FieldErrors } from "@/lib/errors";
import { StepNeed } from "./step-need";
import { StepSkills } from "./step-skills";
import { type ErrorMap, fieldsOf, validateStep, type WizardValues } from "./wizard-values";

type GuestRequestFormProps = {
  initialValues: WizardValues;
  /** Where sign-up sends the new account: /start/continue, which claims the saved draft. */
  signUpHref: string;
};

const firstOfEach = (fields: FieldErrors): ErrorMap => Object.fromEntries(Object.entries(fields).map(([key, messages]) => [key, messages[0]]));

/** Every field the visitor has, as a draft takes it: no skills is "not chosen yet", not an empty list. */
function guestFieldsOf(values: WizardValues) {
  const { requiredSkills, ...fields } = fieldsOf(values);
  return requiredSkills.length ? { ...fields, requiredSkills } : fields;
}

/**
 * The first steps of the request wizard for a visitor without an account: the need and the skills
 * (pre-filled from the link they followed). "Continue" keeps it on the server and goes on to sign-up.
 */
export function GuestRequestForm({ initialValues, signUpHref }: GuestRequestFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<ErrorMap>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  usePreHydrationInput(formRef, (entered) =>
    setValues((current) => ({
      ...current,
      title: enteredText(entered, "title"),
      description: enteredText(entered, "description"),
    })),
  );

  function showErrors(found: ErrorMap, message: string | null = null) {
    setErrors(found);
    setFormError(message);
    requestAnimationFrame(() => {
      const element = Object.keys(found)
        .map((path) => formRef.current?.elements.namedItem(path))
        .find((item) => item instanceof HTMLElement);
      if (element instanceof HTMLElement) element.focus();
    });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isBusy) return;
    const found = validateStep(values, 0);
    if (Object.keys(found).length) return showErrors(found);
    setBusy(true);
    try {
      const saved = await saveGuestDraftAction(guestFieldsOf(values));
      if (!saved.ok) {
        showErrors(firstOfEach(saved.fields), saved.message);
        setBusy(false);
        return;
      }
      window.location.assign(signUpHref);
    } catch {
      setFormError("We could not reach Vetted. Check your connection and try again.");
      setBusy(false);
    }
  }

  return (
    <Card>
      <form ref={formRef} noValidate onSubmit={handleSubmit} className="space-y-8" aria-label="Your request">
        {formError && (
          <Alert tone="danger" role="alert">
            {formError}
          </Alert>
        )}
        <StepNeed
          values={values}
          errors={errors}
          onChange={(changes) => setValues((current) => ({ ...current, ...changes }))}
          files={
            <p className="text-sm text-slate-600">
              Have a spec or mockups? You can attach files to your request once your company account is set up, on the next step.
            </p>
          }
        />
        <StepSkills values={values} errors={errors} onChange={(changes) => setValues((current) => ({ ...current, ...changes }))} />
        <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-5">
          <p className="text-sm text-slate-600">Next: create your company account. Your draft is kept for 7 days.</p>
          <Button type="submit" isLoading={isBusy} loadingLabel="Saving…">
            Continue
          </Button>
        </div>
      </form>
    </Card>
  );
}
