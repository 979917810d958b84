import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { VettingStatus } from "@/generated/prisma/enums";
import { currentStageIndex, STAGES } from "./stage-copy";

/** Applied → Screening → Interview → Approved, the current stage marked for sight and for screen readers. */
export function StageStepper({ status, rejectedAtStage }: { status: VettingStatus; rejectedAtStage: VettingStatus | null }) {
  const current = currentStageIndex(status, rejectedAtStage);
  const isStopped = status === "REJECTED";
  return (
    <ol aria-label="Application stages" className="grid gap-4 sm:grid-cols-4">
      {STAGES.map((stage, index) => {
        const isCurrent = index === current;
        const isDone = index < current || (isCurrent && status === "APPROVED");
        return (
          <li
            key={stage.status}
            aria-current={isCurrent ? "step" : undefined}
            className={cn("rounded-xl bg-white p-4 ring-1", isCurrent ? "ring-2 ring-indigo-600" : "ring-slate-200")}
          >
            <div className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className={cn(
                  "flex size-7 shrink-0 items-center justify-center rounded-full text-sm font-semibold",
                  isDone
                    ? "bg-indigo-600 text-white"
                    : isCurrent
                      ? "bg-white text-indigo-700 ring-2 ring-indigo-600"
                      : "bg-slate-100 text-slate-700 ring-1 ring-slate-300",
                )}
              >
                {isDone ? "✓" : index + 1}
              </span>
              <p className={cn("font-semibold", isCurrent ? "text-slate-900" : "text-slate-700")}>{stage.title}</p>
              {isDone && !isCurrent && <span className="sr-only">(done)</span>}
            </div>
            {isCurrent && (
              <Badge tone={isStopped ? "danger" : "info"} className="mt-2">
                {isStopped ? "Not accepted at this stage" : "Current stage"}
              </Badge>
            )}
            <p className="mt-2 text-sm text-slate-600">{stage.description}</p>
          </li>
        );
      })}
    </ol>
  );
}
