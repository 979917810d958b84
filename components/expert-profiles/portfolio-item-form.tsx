"use client";

import { type FormEvent, useState } from "react";
import type { FieldErrorMap } from "@/components/auth/field-errors";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH } from "@/lib/expert-profiles/portfolio-schemas";

export type PortfolioItemValues = { title: string; description: string; url: string };

/** The fields of one portfolio item, for adding one or editing it in place. */
export function PortfolioItemForm({
  initial,
  submitLabel,
  isPending,
  fieldErrors,
  onSubmit,
  onCancel,
  children,
}: {
  initial: PortfolioItemValues;
  submitLabel: string;
  isPending: boolean;
  fieldErrors: FieldErrorMap;
  onSubmit: (values: PortfolioItemValues) => void;
  onCancel?: () => void;
  /** Between the fields and the buttons: the files. */
  children?: React.ReactNode;
}) {
  const [values, setValues] = useState(initial);
  const set = (field: keyof PortfolioItemValues) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(values);
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
