import type { ChartView } from "@/lib/insights/chart-table";
import { InsightChart } from "./insight-chart";

type MonthlyChartsProps = { id: string; heading: string; views: ChartView[]; emptyText: string; fileSuffix: string };

/** The earnings or spend charts: one per currency, under one heading. */
export function MonthlyCharts({ id, heading, views, emptyText, fileSuffix }: MonthlyChartsProps) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {heading}
      </h2>
      {views.length ? (
        views.map((view) => <InsightChart key={view.id} view={view} fileSuffix={fileSuffix} />)
      ) : (
        <p className="text-sm text-slate-600">{emptyText}</p>
      )}
    </section>
  );
}
