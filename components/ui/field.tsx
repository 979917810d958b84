import { type ReactNode, useId } from "react";
import { cn } from "./cn";

export type FieldIds = { id: string; hintId: string; errorId: string };

/** Stable ids for a control and its hint and error texts. Works in server and client components. */
export function useFieldIds(id?: string): FieldIds {
  const generated = useId();
  const controlId = id ?? `field-${generated}`;
  return { id: controlId, hintId: `${controlId}-hint`, errorId: `${controlId}-error` };
}

/** The aria attributes that tie a control to its hint and error. */
export function describedBy(ids: FieldIds, { hint, error, extra }: { hint?: ReactNode; error?: string; extra?: string }) {
  const describedByIds = [extra, hint ? ids.hintId : undefined, error ? ids.errorId : undefined].filter(Boolean);
  return {
    "aria-invalid": error ? (true as const) : undefined,
    "aria-describedby": describedByIds.length ? describedByIds.join(" ") : undefined,
  };
}

export const CONTROL_CLASSES = cn(
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-base text-slate-900 shadow-sm ring-1 ring-inset ring-slate-500 sm:text-sm",
  "placeholder:text-slate-500 focus:ring-2 focus:ring-inset focus:ring-indigo-600 focus:outline-none",
  "disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-600",
  "aria-invalid:ring-2 aria-invalid:ring-red-700",
);

export type FieldProps = {
  ids: FieldIds;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  isOptional?: boolean;
  className?: string;
  children: ReactNode;
};

/** Label above the control, then the hint, then the error: the order a screen reader reads them. */
export function Field({ ids, label, hint, error, isOptional = false, className, children }: FieldProps) {
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={ids.id} className="block text-sm font-medium text-slate-900">
        {label}
        {isOptional && <span className="font-normal text-slate-600"> (optional)</span>}
      </label>
      {children}
      {hint && (
        <p id={ids.hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={ids.errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
