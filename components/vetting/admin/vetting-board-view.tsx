import { DashboardPage } from "@/components/dashboards/dashboard-page";
import { DashboardSection } from "@/components/dashboards/dashboard-section";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatStatus } from "@/lib/format";
import type { VettingBoard } from "@/lib/vetting/admin/get-vetting-board";
import { type BoardState, boardHref } from "./paths";
import { QueueFilters } from "./queue-filters";
import { QueuePagination, QueueTable } from "./queue-table";
import { StageTabs } from "./stage-tabs";
import { VettingFunnel } from "./vetting-funnel";

export function VettingBoardView({ board }: { board: VettingBoard }) {
  const { queue, funnel } = board;
  const { stage, skill, minWaitingDays } = queue.filters;
  const state: BoardState = { stage, skillId: skill?.id ?? null, minWaitingDays, page: queue.page, periodDays: funnel.periodDays };
  const isFiltered = Boolean(skill || minWaitingDays);
  return (
    <DashboardPage>
      <PageHeader
        title="Vetting"
        description="Applicants waiting for a decision, longest waiting first. Every decision is scored, kept in the applicant's history and sent to them."
      />
      <DashboardSection title="Applicants waiting" anchor="queue" description="Submitted applications in each stage; time counts from entering the stage.">
        <StageTabs queue={queue} state={state} />
        <QueueFilters state={state} skill={skill} />
        {queue.applicants.length === 0 ? (
          <EmptyState
            headingLevel={3}
            title={isFiltered ? "No applicant matches these filters" : `Nobody is waiting at ${formatStatus(stage).toLowerCase()}`}
            description={
              isFiltered ? "Clear the filters to see every applicant in this stage." : "New applicants appear here as soon as they submit or move on."
            }
          />
        ) : (
          <QueueTable stage={stage} applicants={queue.applicants} />
        )}
        <QueuePagination page={queue.page} pageCount={queue.pageCount} hrefFor={(page) => boardHref({ ...state, page })} />
      </DashboardSection>
      <DashboardSection
        title="Vetting funnel"
        anchor="funnel"
        description="Applications and decisions in the chosen period: who entered each stage, who passed it, and how long it took."
      >
        <VettingFunnel funnel={funnel} state={state} />
      </DashboardSection>
    </DashboardPage>
  );
}
