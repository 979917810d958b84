"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import { type ChartView, chartCsv, chartCsvFileName } from "@/lib/insights/chart-table";
import { formatCell } from "./chart-format";
import { ChartPlot } from "./chart-plot";

type InsightChartProps = { view: ChartView; headingLevel?: 2 | 3; fileSuffix: string };

/** One chart with its summary, its data as a table (behind a disclosure) and a CSV download of the same data. */
export function InsightChart({ view, headingLevel = 3, fileSuffix }: InsightChartProps) {
  // The chart measures its container, which exists only in the browser: drawn after mounting.
  const [isMounted, setIsMounted] = useState(false);
  useEffect(() => setIsMounted(true), []);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `${view.id}-heading`;

  function downloadCsv() {
    const url = URL.createObjectURL(new Blob([chartCsv(view)], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = chartCsvFileName(view, fileSuffix);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }

  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6" data-chart={view.id}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Heading id={headingId} className="text-base font-semibold text-slate-900">
          {view.title}
        </Heading>
        <Button type="button" variant="secondary" onClick={downloadCsv}>
          Download CSV<span className="sr-only"> of {view.title}</span>
        </Button>
      </div>
      <p className="text-sm text-slate-600">{view.summary}</p>
      {isMounted ? <ChartPlot view={view} /> : <div className="h-64 w-full" />}
      <details>
        <summary className="cursor-pointer text-sm font-medium text-indigo-700">Show the data as a table</summary>
        <Table caption={view.title} isCaptionHidden className="mt-2">
          <THead>
            <Tr>
              {view.columns.map((column) => (
                <Th key={column.key}>{view.currency && column.kind === "cents" ? `${column.label} (${view.currency})` : column.label}</Th>
              ))}
            </Tr>
          </THead>
          <TBody>
            {view.rows.map((row, index) => (
              <Tr key={String(row[view.columns[0].key] ?? index)}>
                {view.columns.map((column, columnIndex) =>
                  columnIndex === 0 ? (
                    <Th key={column.key} scope="row">
                      {formatCell(row[column.key] ?? null, column.kind, view.currency)}
                    </Th>
                  ) : (
                    <Td key={column.key}>{formatCell(row[column.key] ?? null, column.kind, view.currency)}</Td>
                  ),
                )}
              </Tr>
            ))}
          </TBody>
        </Table>
      </details>
    </section>
  );
}
