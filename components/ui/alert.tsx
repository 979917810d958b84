import type { ReactNode } from "react";
import { cn } from "./cn";

export type AlertTone = "info" | "success" | "warning" | "danger";

const TONE_CLASSES: Record<AlertTone, string> = {
  info: "bg-indigo-50 text-indigo-900 ring-indigo-200",
  success: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  warning: "bg-amber-50 text-amber-950 ring-amber-300",
  danger: "bg-red-50 text-red-900 ring-red-200",
};

export type AlertProps = {
  tone?: AlertTone;
  title?: ReactNode;
  children: ReactNode;
  /**
   * "alert" interrupts a screen reader: use it for errors that just appeared in answer to what the user did.
   * Leave it unset for a message that is part of the page when it loads.
   */
  role?: "alert" | "status";
  id?: string;
  className?: string;
};

/** An inline message box, e.g. a form's error summary. */
export function Alert({ tone = "info", title, children, role, id, className }: AlertProps) {
  return (
    <div id={id} role={role} className={cn("rounded-lg px-4 py-3 text-sm ring-1 ring-inset", TONE_CLASSES[tone], className)}>
      {title && <p className="font-semibold">{title}</p>}
      <div className={title ? "mt-1" : undefined}>{children}</div>
    </div>
  );
}
