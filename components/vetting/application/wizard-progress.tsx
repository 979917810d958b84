import { cn } from "@/components/ui/cn";
import { WIZARD_STEPS } from "./wizard-steps";

export function WizardProgress({ step }: { step: number }) {
  return (
    <ol aria-label="Application steps" className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
      {WIZARD_STEPS.map((entry, index) => (
        <li key={entry.key} aria-current={index === step ? "step" : undefined} className="flex items-center gap-2">
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
          <span className={index === step ? "font-semibold text-slate-900" : "text-slate-700"}>{entry.title}</span>
        </li>
      ))}
    </ol>
  );
}
