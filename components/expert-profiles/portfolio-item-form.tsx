"use client";

import { type FormEvent, useState } from "react";
import type { FieldErrorMap } from "@/components/auth/field-errors";
import { FileUploader } from "@/components/files/file-uploader";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { MAX_DESCRIPTION_LENGTH, MAX_PORTFOLIO_FILES, MAX_TITLE_LENGTH } from "@/lib/expert-profiles/portfolio-schemas";
import type { FileSummary } from "@/lib/files/schemas";

export type PortfolioItemValues = { title: string; description: string; url: string };
/** Files uploaded in the form, and the item's files ticked for removal. */
export type FileChanges = { added: string[]; removed: string[] };

/** The fields of one portfolio item, for adding one or editing it in place. */
export function PortfolioItemForm({
  initial,
  files = [],
  submitLabel,
  isPending,
  fieldErrors,
  onSubmit,
  onCancel,
  children,
}: {
  initial: PortfolioItemValues;
  /** The item's files now (editing). */
  files?: FileSummary[];
  submitLabel: string;
  isPending: boolean;
  fieldErrors: FieldErrorMap;
  onSubmit: (values: PortfolioItemValues, files: FileChanges) => void;
  onCancel?: () => void;
  /** Between the fields and the buttons: the files. */
  children?: React.ReactNode;
}) {
  const [values, setValues] = useState(initial);
  const [added, setAdded] = useState<string[]>([]);
  const [removed, setRemoved] = useState<string[]>([]);
  const kept = files.filter((file) => !removed.includes(file.id));
  const set = (field: keyof PortfolioItemValues) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(values, { added, removed });
  }

  return (
    <form noValidate onSubmit={handleSubmit} aria-label={submitLabel} className="space-y-4">
      <Input label="Title" name="title" value={values.title} onChange={set("title")} maxLength={MAX_TITLE_LENGTH} error={fieldErrors.title} required />
      <Textarea
        label="Description"
        name="description"
        isOptional
        hint="What you built, your part in it, and what came of it."
        value={values.description}
        onChange={set("description")}
        maxLength={MAX_DESCRIPTION_LENGTH}
        error={fieldErrors.description}
      />
      <Input
        label="Link"
        name="url"
        type="url"
        isOptional
        hint="A case study, the live product or the code: an address starting with https://."
        value={values.url}
        onChange={set("url")}
        error={fieldErrors.url}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-900">Images and files</legend>
        {kept.length > 0 && (
          <ul className="space-y-1">
            {kept.map((file) => (
              <li key={file.id} className="flex items-center justify-between gap-2 text-sm text-slate-700">
                <span className="truncate">{file.name}</span>
                <Button size="sm" variant="ghost" onClick={() => setRemoved([...removed, file.id])}>
                  Remove<span className="sr-only"> {file.name}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
        <FileUploader
          purpose="PORTFOLIO"
          label="Add images or files"
          maxFiles={Math.max(0, MAX_PORTFOLIO_FILES - kept.length)}
          disabled={kept.length >= MAX_PORTFOLIO_FILES}
          onChange={setAdded}
        />
      </fieldset>
      {children}
      <div className="flex flex-wrap justify-end gap-3">
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" isLoading={isPending} loadingLabel="Saving…">
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
