import { DashboardPage } from "@/components/dashboards/dashboard-page";
import { DashboardSection } from "@/components/dashboards/dashboard-section";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { type PeriodChoice, PeriodForm } from "@/components/ui/period-form";
import type { SlaBoard } from "@/lib/sla/get-sla-board";
import { formatDuration } from "./format-duration";
import { SlaRequestsTable } from "./sla-requests-table";
import { SlaStatistics } from "./sla-statistics";

const PERIODS: PeriodChoice[] = [
  { days: 1, label: "Last 24 hours" },
  { days: 7, label: "Last 7 days" },
  { days: 30, label: "Last 30 days" },
  { days: 90, label: "Last 90 days" },
  { days: 365, label: "Last 12 months" },
];

export function SlaBoardView({ board }: { board: SlaBoard }) {
  const needingHelp = board.requests.filter((request) => request.isAtRisk || request.isBreached).length;
  const { statistics } = board;
  const matchWindow = formatDuration(board.matchWindowMs);
  return (
    <DashboardPage>
      <PageHeader
        title="SLA board"
        description={`Every request gets a shortlist of ${board.shortlistSize} within ${matchWindow}. You can hand-pick an expert for any request being matched; those at risk or breached are highlighted.`}
      />
      <DashboardSection
        title="Open requests"
        description={
          needingHelp > 0
            ? `${needingHelp} ${needingHelp === 1 ? "request needs" : "requests need"} attention: at risk (under ${formatDuration(board.atRiskLeadMs)} left, short of acceptances) or breached.`
            : "Requests being matched, least time left first, then those matched in the last 24 hours."
        }
      >
        {board.requests.length === 0 ? (
          <EmptyState headingLevel={3} title="No requests are being matched" description="New requests appear here as soon as they are submitted." />
        ) : (
          <SlaRequestsTable board={board} />
        )}
      </DashboardSection>
      <DashboardSection title="Time to shortlist" description="Requests shortlisted in the chosen period, from submission to shortlist.">
        <PeriodForm action="/admin/sla" label="Statistics period" submitLabel="Show" periodDays={statistics.periodDays} choices={PERIODS} />
        <SlaStatistics statistics={statistics} windowLabel={matchWindow} />
      </DashboardSection>
    </DashboardPage>
  );
}
