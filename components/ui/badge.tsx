import type { ReactNode } from "react";
import { cn } from "./cn";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

// Dark text on a pale fill: every pair is above 4.5:1.
const TONE_CLASSES: Record<BadgeTone, string> = {
  neutral: "bg-slate-100 text-slate-800 ring-slate-300",
  info: "bg-indigo-50 text-indigo-800 ring-indigo-200",
  success: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  warning: "bg-amber-50 text-amber-900 ring-amber-300",
  danger: "bg-red-50 text-red-800 ring-red-200",
};

type BadgeProps = {
  tone?: BadgeTone;
  className?: string;
  /** For a label that can outgrow a phone's width (a skill with its level and years): it wraps instead. */
  isWrapping?: boolean;
  children: ReactNode;
};

/** A short status label. Colour is never the only signal: the text must say the status. */
export function Badge({ tone = "neutral", className, isWrapping = false, children }: BadgeProps) {
  return (
    <span
      className={cn(
        "inline-flex items-center px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset",
        isWrapping ? "max-w-full rounded-xl break-words" : "rounded-full whitespace-nowrap",
        TONE_CLASSES[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
