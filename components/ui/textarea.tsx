import type { ReactNode, Ref, TextareaHTMLAttributes } from "react";
import { cn } from "./cn";
import { CONTROL_CLASSES, describedBy, Field, useFieldIds } from "./field";

export type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  isOptional?: boolean;
  fieldClassName?: string;
  ref?: Ref<HTMLTextAreaElement>;
};

export function Textarea({ id, label, hint, error, isOptional, fieldClassName, className, rows = 4, "aria-describedby": extra, ...props }: TextareaProps) {
  const ids = useFieldIds(id);
  return (
    <Field ids={ids} label={label} hint={hint} error={error} isOptional={isOptional} className={fieldClassName}>
      <textarea id={ids.id} rows={rows} className={cn(CONTROL_CLASSES, "min-h-20", className)} {...describedBy(ids, { hint, error, extra })} {...props} />
    </Field>
  );
}
