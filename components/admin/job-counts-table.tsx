import { cn } from "@/components/ui/cn";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import type { JobsOverview } from "@/lib/admin/get-jobs-overview";

type JobCountsTableProps = { kinds: JobsOverview["kinds"]; totals: JobsOverview["totals"]; retentionDays: number };

/** Each kind of job by state; failed counts stand out, zeros fade. */
export function JobCountsTable({ kinds, totals, retentionDays }: JobCountsTableProps) {
  const columns = [
    { key: "scheduled", label: "Scheduled" },
    { key: "due", label: "Due" },
    { key: "running", label: "Running" },
    { key: "failed", label: "Failed" },
    { key: "completed", label: `Completed (${retentionDays} days)` },
  ] as const;
  const cell = (key: (typeof columns)[number]["key"], value: number) => (
    <Td key={key} className={cn("text-right tabular-nums", value === 0 && "text-slate-500", key === "failed" && value > 0 && "font-semibold text-red-800")}>
      {value.toLocaleString("en-US")}
    </Td>
  );
  return (
    <Table caption="Jobs by kind and state" isCaptionHidden>
      <THead>
        <Tr>
          <Th>Kind</Th>
          {columns.map((column) => (
            <Th key={column.key} className="text-right">
              {column.label}
            </Th>
          ))}
        </Tr>
      </THead>
      <TBody>
        {kinds.map((row) => (
          <Tr key={row.kind}>
            <Th scope="row" className="font-normal">
              <code className="block text-xs font-semibold text-slate-900">{row.kind}</code>
              <span className="block text-xs text-slate-600">{row.description ?? "No longer declared: no worker runs these."}</span>
            </Th>
            {columns.map((column) => cell(column.key, row[column.key]))}
          </Tr>
        ))}
        <Tr className="bg-slate-50">
          <Th scope="row">All kinds</Th>
          {columns.map((column) => cell(column.key, totals[column.key]))}
        </Tr>
      </TBody>
    </Table>
  );
}
