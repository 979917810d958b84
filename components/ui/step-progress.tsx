import { cn } from "./cn";

type StepProgressProps = {
  /** The steps' titles, in order. */
  titles: readonly string[];
  /** The current step's index. */
  step: number;
  label: string;
};

/** A wizard's numbered steps: done ones filled, the current one marked for screen readers too. */
export function StepProgress({ titles, step, label }: StepProgressProps) {
  return (
    <ol aria-label={label} className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
      {titles.map((title, index) => (
        <li key={title} aria-current={index === step ? "step" : undefined} className="flex items-center gap-2">
          <span
            aria-hidden="true"
            className={cn(
              "flex size-6 items-center justify-center rounded-full text-xs font-semibold",
              index < step && "bg-indigo-600 text-white",
              index === step && "bg-white text-indigo-700 ring-2 ring-indigo-600",
              index > step && "bg-slate-100 text-slate-700 ring-1 ring-slate-300",
            )}
          >
            {index + 1}
          </span>
          <span className={index === step ? "font-semibold text-slate-900" : "text-slate-700"}>
            {title}
            {index < step && <span className="sr-only"> (done)</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
