import { PageHeader } from "@/components/ui/page-header";
import type { InsightsSection } from "@/lib/insights/admin-insights";
import { MAX_RANGE_DAYS } from "@/lib/insights/range";
import { InsightChart } from "./insight-chart";
import { RangeForm } from "./range-form";

type InsightsViewProps = { sections: InsightsSection[]; range: { from: string; to: string }; error: string | null };

export function InsightsView({ sections, range, error }: InsightsViewProps) {
  return (
    <div className="mx-auto w-full max-w-6xl space-y-8 px-4 py-8 sm:px-6">
      <PageHeader
        title="Insights"
        description="Vetting, matching, money and supply over time. Every chart has its data as a table and as CSV; money is shown per currency, never added across currencies."
      />
      <RangeForm action="/admin/insights" from={range.from} to={range.to} error={error} maxDays={MAX_RANGE_DAYS} />
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`${section.id}-section`} className="space-y-4">
          <h2 id={`${section.id}-section`} className="text-lg font-semibold text-slate-900">
            {section.heading}
          </h2>
          {section.views.length ? (
            <div className="grid gap-4 lg:grid-cols-2">
              {section.views.map((view) => (
                <InsightChart key={view.id} view={view} fileSuffix={`${range.from}-to-${range.to}`} />
              ))}
            </div>
          ) : (
            <p className="text-sm text-slate-600">No money moved in this range.</p>
          )}
        </section>
      ))}
    </div>
  );
}
