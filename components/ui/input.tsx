import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { cn } from "./cn";
import { CONTROL_CLASSES, describedBy, Field, useFieldIds } from "./field";

export type InputProps = InputHTMLAttributes<HTMLInputElement> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  isOptional?: boolean;
  /** Classes for the wrapper (label + control + messages); className styles the input itself. */
  fieldClassName?: string;
  ref?: Ref<HTMLInputElement>;
};

export function Input({ id, label, hint, error, isOptional, fieldClassName, className, "aria-describedby": extra, ...props }: InputProps) {
  const ids = useFieldIds(id);
  return (
    <Field ids={ids} label={label} hint={hint} error={error} isOptional={isOptional} className={fieldClassName}>
      <input id={ids.id} className={cn(CONTROL_CLASSES, className)} {...describedBy(ids, { hint, error, extra })} {...props} />
    </Field>
  );
}
