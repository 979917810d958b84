"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { majorUnits } from "@/lib/format";
import type { ChartView } from "@/lib/insights/chart-table";
import { formatCell, SERIES_COLORS } from "./chart-format";

// The picture only: hidden from assistive technology, which gets the summary and the table instead.
// Money is plotted in major units so the axis reads as amounts.

export function ChartPlot({ view }: { view: ChartView }) {
  const [xColumn, ...columns] = view.columns;
  const plotted = view.series.map((key) => columns.find((column) => column.key === key)).filter((column) => column !== undefined);
  const data = view.rows.map((row) => {
    const point: Record<string, string | number | null> = { [xColumn.key]: row[xColumn.key] ?? null };
    for (const column of plotted) {
      const value = row[column.key] ?? null;
      point[column.key] = column.kind === "cents" && view.currency && typeof value === "number" ? majorUnits(value, view.currency) : value;
    }
    return point;
  });
  const tooltipValue = (value: unknown, name: unknown) => {
    const column = plotted.find((candidate) => candidate.label === name);
    if (typeof value !== "number" || !column) return String(value);
    return column.kind === "cents" && view.currency ? formatCell(Math.round(value * 100), "cents", view.currency) : formatCell(value, column.kind, null);
  };
  const parts = [
    <CartesianGrid key="grid" strokeDasharray="3 3" stroke="#e2e8f0" />,
    <XAxis key="x" dataKey={xColumn.key} tick={{ fontSize: 12 }} />,
    <YAxis key="y" tick={{ fontSize: 12 }} width={56} allowDecimals={view.currency !== null} />,
    <Tooltip key="tooltip" formatter={tooltipValue} />,
    <Legend key="legend" />,
  ];
  return (
    <div aria-hidden="true" className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        {view.chart === "line" ? (
          <LineChart data={data} accessibilityLayer={false}>
            {parts}
            {plotted.map((column, index) => (
              <Line
                key={column.key}
                type="monotone"
                dataKey={column.key}
                name={column.label}
                stroke={SERIES_COLORS[index % SERIES_COLORS.length]}
                dot={false}
                strokeWidth={2}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        ) : (
          <BarChart data={data} accessibilityLayer={false}>
            {parts}
            {plotted.map((column, index) => (
              <Bar key={column.key} dataKey={column.key} name={column.label} fill={SERIES_COLORS[index % SERIES_COLORS.length]} isAnimationActive={false} />
            ))}
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
