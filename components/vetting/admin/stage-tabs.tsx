import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { formatStatus } from "@/lib/format";
import type { VettingQueue } from "@/lib/vetting/admin/list-vetting-queue";
import { REVIEW_STAGES } from "@/lib/vetting/transitions";
import { type BoardState, boardHref } from "./paths";

/** One link per review stage with its count; the current one is marked for screen readers too (aria-current). */
export function StageTabs({ queue, state }: { queue: VettingQueue; state: BoardState }) {
  return (
    <nav aria-label="Vetting stages">
      <ul className="flex flex-wrap gap-2 border-b border-slate-200">
        {REVIEW_STAGES.map((stage) => {
          const isCurrent = stage === queue.filters.stage;
          return (
            <li key={stage}>
              <Link
                href={boardHref({ ...state, stage, page: 1 })}
                aria-current={isCurrent ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex items-center gap-2 border-b-2 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600",
                  isCurrent ? "border-indigo-600 text-indigo-700" : "border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-900",
                )}
              >
                {formatStatus(stage)}{" "}
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs tabular-nums text-slate-800">
                  <span className="sr-only">(</span>
                  {queue.counts[stage]}
                  <span className="sr-only">)</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
