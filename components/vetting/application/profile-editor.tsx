"use client";

import { type FormEvent, type ReactNode, useCallback, useId, useRef, useState } from "react";
import { bodyFor } from "@/components/api/use-api-call";
import { type FieldErrorMap, firstOfEach } from "@/components/auth/field-errors";
import { useFocusFirstInvalid } from "@/components/contracts/form-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useToast } from "@/components/ui/toast";
import { callApi } from "@/lib/endpoints/client";
import { updateProfileSchema } from "@/lib/vetting/application/profile-schema";
import type { ApplicationValues } from "@/lib/vetting/application/steps";
import { AvailabilityFields } from "./availability-fields";
import { type FormValues, formValuesOf, profileErrors, profileInputOf } from "./form-values";
import { LinksFields } from "./links-fields";
import { ProfileFields } from "./profile-fields";
import { RateFields } from "./rate-fields";
import { SkillsFields } from "./skills-fields";

function EditorSection({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-4 border-b border-slate-200 pb-8 last:border-b-0 last:pb-0">
      <div>
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      </div>
      {children}
    </section>
  );
}

/** An approved expert's profile in one form. Only the fields that changed are sent, so an untouched field is never rewritten. */
export function ProfileEditor({ steps, timeZones }: { steps: ApplicationValues; timeZones: readonly string[] }) {
  const { toast } = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(() => formValuesOf(steps));
  const [savedInput, setSavedInput] = useState(() => profileInputOf(formValuesOf(steps)));
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const change = useCallback((changes: Partial<FormValues>) => setValues((previous) => ({ ...previous, ...changes })), []);
  useFocusFirstInvalid(formRef, errors);

  async function save() {
    const input = profileInputOf(values);
    const changes = Object.fromEntries(Object.entries(input).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(savedInput[key])));
    if (Object.keys(changes).length === 0) return toast("Nothing has changed since you last saved.");
    const built = bodyFor(updateProfileSchema, changes);
    if ("errors" in built) return setErrors(profileErrors(built.errors));
    const answer = await callApi("PATCH /api/v1/profile", { body: built.body });
    if (!answer.ok) {
      setErrors(profileErrors(firstOfEach(answer.fields)));
      return setFormError(answer.message);
    }
    const saved = formValuesOf(answer.data.steps);
    setValues(saved);
    setSavedInput(profileInputOf(saved));
    toast("Profile saved. Matching uses it from the next round of invitations.", { tone: "success" });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isBusy) return;
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      await save();
    } finally {
      setBusy(false);
    }
  }

  const fieldProps = { values, errors, onChange: change };
  return (
    <Card>
      <form ref={formRef} noValidate onSubmit={handleSubmit} aria-label="Your profile" className="space-y-8">
        {formError && (
          <Alert tone="danger" role="alert">
            {formError}
          </Alert>
        )}
        <EditorSection title="Headline and bio">
          <ProfileFields {...fieldProps} />
        </EditorSection>
        <EditorSection title="Availability" description="Matching reads this as soon as you save: keep it current so invitations fit your week.">
          <AvailabilityFields {...fieldProps} timeZones={timeZones} />
        </EditorSection>
        <EditorSection title="Hourly rate">
          <RateFields {...fieldProps} />
        </EditorSection>
        <EditorSection
          title="Skills"
          description="A verified skill was checked by our reviewers. Changing its level or years removes the badge until we check it again."
        >
          <SkillsFields {...fieldProps} hint="New skills start unverified. Synonyms work: “k8s” finds Kubernetes." />
        </EditorSection>
        <EditorSection title="Links">
          <LinksFields {...fieldProps} />
        </EditorSection>
        <div className="flex justify-end border-t border-slate-200 pt-5">
          <Button type="submit" isLoading={isBusy} loadingLabel="Saving…">
            Save profile
          </Button>
        </div>
      </form>
    </Card>
  );
}
