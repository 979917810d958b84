import Link from "next/link";
import { DashboardPage } from "@/components/dashboards/dashboard-page";
import { DashboardSection } from "@/components/dashboards/dashboard-section";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { JobsOverview } from "@/lib/admin/get-jobs-overview";
import { formatCount } from "@/lib/format";
import { FailedJobsTable } from "./failed-jobs-table";
import { JobCountsTable } from "./job-counts-table";
import { Pagination } from "./pagination";

export function JobsView({ overview, isPageInvalid }: { overview: JobsOverview; isPageInvalid: boolean }) {
  const { failed } = overview;
  return (
    <DashboardPage>
      <PageHeader
        title="Jobs"
        description={`The worker's queue: matching timers, payouts, Stripe webhooks and emails. Completed jobs are deleted after ${formatCount(overview.retentionDays, "day")}; a failed job stays until you retry or discard it.`}
        actions={
          <Link href="/admin/audit-log?action=job." className="text-sm font-medium text-indigo-700 underline">
            Past retries and discards
          </Link>
        }
      />
      <DashboardSection
        title="By kind"
        description="Scheduled jobs wait for their time; due ones wait for a worker; running ones are held by a worker right now."
      >
        <JobCountsTable kinds={overview.kinds} totals={overview.totals} retentionDays={overview.retentionDays} />
      </DashboardSection>
      <DashboardSection
        title="Failed jobs"
        anchor="failed"
        description="Each used up its attempts, or carries a payload its kind no longer accepts. Retry one once its cause is fixed; discard one that should never run."
      >
        {isPageInvalid && <Alert tone="warning">That page number was not understood, so the first page is shown.</Alert>}
        {failed.total === 0 ? (
          <EmptyState headingLevel={3} title="No failed jobs" description="A job appears here when it fails for good." />
        ) : (
          <>
            <FailedJobsTable jobs={failed.jobs} />
            <Pagination
              label="Pages of failed jobs"
              path="/admin/jobs"
              query={{}}
              page={failed.page}
              pageSize={failed.pageSize}
              total={failed.total}
              totalLabel={formatCount(failed.total, "failed job")}
            />
          </>
        )}
      </DashboardSection>
    </DashboardPage>
  );
}
