import { type HTMLAttributes, type ReactNode, type TdHTMLAttributes, type ThHTMLAttributes, useId } from "react";
import { cn } from "./cn";

export type TableProps = {
  /** What the table lists. Also names the scrollable region that wraps it. */
  caption: ReactNode;
  /** Keeps the caption for screen readers only, when a visible heading already says the same. */
  isCaptionHidden?: boolean;
  className?: string;
  children: ReactNode;
};

/**
 * A data table in a horizontally scrollable, keyboard-focusable region (so narrow screens can still scroll it). The region is
 * positioned so that screen-reader-only text in the cells (absolutely positioned) is clipped with them, not widening the page.
 */
export function Table({ caption, isCaptionHidden = false, className, children }: TableProps) {
  const captionId = useId();
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className={cn(
        "relative overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
        className,
      )}
    >
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption id={captionId} className={isCaptionHidden ? "sr-only" : "px-4 py-3 text-left text-sm font-semibold text-slate-900"}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function THead({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className={cn("bg-slate-50", className)} {...props} />;
}

export function TBody({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className={cn("divide-y divide-slate-200", className)} {...props} />;
}

export function Tr({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cn("align-top", className)} {...props} />;
}

/** A header cell; scope defaults to "col". Use scope="row" for the first cell of a body row. */
export function Th({ className, scope = "col", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope={scope}
      className={cn("px-4 py-3 font-semibold text-slate-900", scope === "col" && "text-xs tracking-wide uppercase text-slate-700", className)}
      {...props}
    />
  );
}

export function Td({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("px-4 py-3 text-slate-700", className)} {...props} />;
}
