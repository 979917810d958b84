import type { ReactNode, Ref, SelectHTMLAttributes } from "react";
import { cn } from "./cn";
import { CONTROL_CLASSES, describedBy, Field, useFieldIds } from "./field";

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  isOptional?: boolean;
  /** Adds a first, empty option with this text (e.g. "Choose a timezone"). */
  placeholder?: string;
  fieldClassName?: string;
  ref?: Ref<HTMLSelectElement>;
  children: ReactNode;
};

/** A native select: the platform's own keyboard and screen reader behaviour, styled. Pass <option>s as children. */
export function Select({
  id,
  label,
  hint,
  error,
  isOptional,
  placeholder,
  fieldClassName,
  className,
  children,
  "aria-describedby": extra,
  ...props
}: SelectProps) {
  const ids = useFieldIds(id);
  return (
    <Field ids={ids} label={label} hint={hint} error={error} isOptional={isOptional} className={fieldClassName}>
      <select id={ids.id} className={cn(CONTROL_CLASSES, "pr-8", className)} {...describedBy(ids, { hint, error, extra })} {...props}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {children}
      </select>
    </Field>
  );
}
