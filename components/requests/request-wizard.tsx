"use client";

import { useRouter } from "next/navigation";
import { useCallback, useRef, useState } from "react";
import { saveDraftAction, submitDraftAction } from "@/app/(app)/client/requests/actions";
import { useToast } from "@/components/ui/toast";
import { useWizard, WizardFrame } from "@/components/ui/wizard-frame";
import type { FieldErrors } from "@/lib/errors";
import type { FileSummary } from "@/lib/files/schemas";
import { BriefFiles } from "./brief-files";
import { StepBudget } from "./step-budget";
import { StepNeed } from "./step-need";
import { StepReview } from "./step-review";
import { StepSchedule } from "./step-schedule";
import { StepSkills } from "./step-skills";
import { type ErrorMap, fieldsOf, REVIEW_STEP, stepFields, stepOfField, validateStep, WIZARD_STEPS, type WizardValues } from "./wizard-values";

type RequestWizardProps = {
  draftId: string | null;
  initialValues: WizardValues;
  initialStep: number;
  timeZones: readonly string[];
  /** The draft's brief files. */
  initialFiles: FileSummary[];
};

const firstOfEach = (fields: FieldErrors): ErrorMap => Object.fromEntries(Object.entries(fields).map(([key, messages]) => [key, messages[0]]));

/** Raise a request in five steps. Each step is checked with the request schema, then saved as a draft before moving on. */
export function RequestWizard({ draftId, initialValues, initialStep, timeZones, initialFiles }: RequestWizardProps) {
  const router = useRouter();
  const { toast } = useToast();
  const { step, goTo, formRef, setFormError, submitWith, frameProps } = useWizard(initialStep);
  const draftKeyRef = useRef<string | null>(null);
  const [requestId, setRequestId] = useState(draftId);
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<ErrorMap>({});
  // The brief's files: those the draft holds, and those uploaded since, saved with the next step.
  const [files, setFiles] = useState(initialFiles);
  const [uploadedIds, setUploadedIds] = useState<string[]>([]);
  const [isUploading, setUploading] = useState(false);
  const [uploaderKey, setUploaderKey] = useState(0);
  const fileIds = () => [...files.map((file) => file.id), ...uploadedIds];

  const change = useCallback((changes: Partial<WizardValues>) => setValues((current) => ({ ...current, ...changes })), []);

  function showErrors(found: ErrorMap, message: string | null = null) {
    const paths = Object.keys(found);
    const steps = paths.map(stepOfField);
    // Stay when the current step has a problem; otherwise go to the earliest step that has one.
    const target = steps.length && !steps.includes(step) ? Math.min(...steps) : step;
    setErrors(found);
    setFormError(message);
    if (target !== step) return goTo(target);
    requestAnimationFrame(() => {
      const element = paths.map((path) => formRef.current?.elements.namedItem(path)).find((item) => item instanceof HTMLElement);
      if (element instanceof HTMLElement) element.focus();
    });
  }

  async function save(fields: unknown): Promise<string | null> {
    draftKeyRef.current ??= crypto.randomUUID();
    const saved = await saveDraftAction(requestId, fields, draftKeyRef.current);
    if (!saved.ok) {
      showErrors(firstOfEach(saved.fields), saved.message);
      return null;
    }
    if (!requestId) {
      setRequestId(saved.id);
      window.history.replaceState(null, "", `?draft=${encodeURIComponent(saved.id)}`);
    }
    setFiles(saved.files);
    setUploadedIds([]);
    setUploaderKey((key) => key + 1);
    return saved.id;
  }

  async function handleNext() {
    const found = validateStep(values, step);
    if (Object.keys(found).length) return showErrors(found);
    const savedId = await save({ ...stepFields(values, step), ...(step === 0 && { fileIds: fileIds() }) });
    if (!savedId) return;
    setErrors({});
    goTo(step + 1);
  }

  async function handleSubmit() {
    const found = validateStep(values, REVIEW_STEP);
    if (Object.keys(found).length) return showErrors(found, "Some answers need your attention before we can start matching.");
    const savedId = await save({ ...fieldsOf(values), fileIds: fileIds() });
    if (!savedId) return;
    const submitted = await submitDraftAction(savedId);
    if (!submitted.ok) return showErrors(firstOfEach(submitted.fields), submitted.message);
    toast("Request submitted. Matching has started: your shortlist is due within 8 hours.", { tone: "success" });
    router.push(`/client/requests/${savedId}`);
  }

  const handleFormSubmit = submitWith(async () => {
    if (isUploading) return setFormError("Your files are still uploading. Wait until they are done, or cancel them.");
    try {
      await (step === REVIEW_STEP ? handleSubmit() : handleNext());
    } catch {
      setFormError("We could not reach Vetted. Check your connection and try again.");
    }
  });

  const stepProps = { values, errors, onChange: change };
  return (
    <WizardFrame
      {...frameProps}
      label="Steps"
      titles={WIZARD_STEPS.map((entry) => entry.title)}
      onSubmit={handleFormSubmit}
      submitLabel="Submit request"
      note={requestId ? "Your draft is saved as you go. You can come back to it from your requests." : undefined}
    >
      {step === 0 && (
        <StepNeed
          {...stepProps}
          files={
            <BriefFiles
              files={files}
              onRemove={(fileId) => setFiles((current) => current.filter((file) => file.id !== fileId))}
              uploaderKey={uploaderKey}
              onUploaded={setUploadedIds}
              onUploadingChange={setUploading}
              error={errors.fileIds}
            />
          }
        />
      )}
      {step === 1 && <StepSkills {...stepProps} />}
      {step === 2 && <StepBudget {...stepProps} />}
      {step === 3 && <StepSchedule {...stepProps} timeZones={timeZones} />}
      {step === REVIEW_STEP && <StepReview {...stepProps} onEdit={goTo} fileNames={files.map((file) => file.name)} />}
    </WizardFrame>
  );
}
