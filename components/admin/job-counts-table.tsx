import type { ReactNode } from "react";
import { FiguresTable } from "@/components/ui/figures-table";
import type { JobsOverview } from "@/lib/admin/get-jobs-overview";

type JobCountsTableProps = { kinds: JobsOverview["kinds"]; totals: JobsOverview["totals"]; retentionDays: number };
type Counts = JobsOverview["totals"];

/** Each kind of job by state; failed counts stand out, zeros fade. */
export function JobCountsTable({ kinds, totals, retentionDays }: JobCountsTableProps) {
  const columns = [
    { key: "scheduled", label: "Scheduled" },
    { key: "due", label: "Due" },
    { key: "running", label: "Running" },
    { key: "failed", label: "Failed" },
    { key: "completed", label: `Completed (${retentionDays} days)` },
  ] as const;
  type Key = (typeof columns)[number]["key"];
  const counts = new Map<string, Counts>();
  const row = (key: string, header: ReactNode, values: Counts, className?: string) => {
    counts.set(key, values);
    const cells = Object.fromEntries(columns.map((column) => [column.key, values[column.key].toLocaleString("en-US")])) as Record<Key, string>;
    return { key, header, cells, className };
  };
  const rows = [
    ...kinds.map((kind) =>
      row(
        kind.kind,
        <>
          <code className="block text-xs font-semibold text-slate-900">{kind.kind}</code>
          <span className="block text-xs font-normal text-slate-600">{kind.description ?? "No longer declared: no worker runs these."}</span>
        </>,
        kind,
      ),
    ),
    row("all", "All kinds", totals, "bg-slate-50"),
  ];
  return (
    <FiguresTable
      caption="Jobs by kind and state"
      rowLabel="Kind"
      columns={columns}
      rows={rows}
      cellClassName={(column, { key }) => {
        const value = counts.get(key)?.[column] ?? 0;
        if (value === 0) return "text-slate-500";
        if (column === "failed") return "font-semibold text-red-800";
      }}
    />
  );
}
