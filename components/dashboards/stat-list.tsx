import type { ReactNode } from "react";

export type Stat = { label: string; value: ReactNode; hint?: ReactNode };

/** Figures as a description list, so each number is read with its label. */
export function StatList({ stats }: { stats: Stat[] }) {
  return (
    <dl className="grid grid-cols-[repeat(auto-fit,minmax(9.5rem,1fr))] gap-4">
      {stats.map((stat) => (
        <div key={stat.label} className="min-w-0 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <dt className="text-sm text-slate-600">{stat.label}</dt>
          <dd className="mt-1 text-xl font-semibold break-words tabular-nums text-slate-900 sm:text-2xl">{stat.value}</dd>
          {stat.hint && <dd className="mt-1 text-xs text-slate-600">{stat.hint}</dd>}
        </div>
      ))}
    </dl>
  );
}
