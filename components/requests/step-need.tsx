import type { ReactNode } from "react";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { StepProps } from "./step-props";

/** `files`: where the brief's attachments go under the description (the wizard's uploader, or a note for visitors). */
export function StepNeed({ values, errors, onChange, files }: StepProps & { files?: ReactNode }) {
  return (
    <div className="space-y-5">
      <Input
        label="Title"
        name="title"
        required
        maxLength={120}
        hint="One line an expert would recognise, e.g. “Async FastAPI backend for insurance claims”."
        value={values.title}
        onChange={(event) => onChange({ title: event.target.value })}
        error={errors.title}
      />
      <Textarea
        label="What needs doing"
        name="description"
        required
        rows={8}
        maxLength={5000}
        hint="What you are building, why, and what done looks like. Experts read this before they accept."
        value={values.description}
        onChange={(event) => onChange({ description: event.target.value })}
        error={errors.description}
      />
      {files}
    </div>
  );
}
