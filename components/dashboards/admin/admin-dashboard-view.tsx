import { PageHeader } from "@/components/ui/page-header";
import type { AdminDashboard } from "@/lib/dashboards/get-admin-dashboard";
import { DashboardPage } from "../dashboard-page";
import { AuditLogTable } from "./audit-log-table";
import { MatchingRequestsTable } from "./matching-requests-table";
import { PlatformTotals } from "./platform-totals";
import { VettingPipeline } from "./vetting-pipeline";
import { WaitingApplicantsTable } from "./waiting-applicants-table";

export function AdminDashboardView({ dashboard }: { dashboard: AdminDashboard }) {
  return (
    <DashboardPage>
      <PageHeader title="Admin dashboard" description="Vetting, the 8-hour matching promise, users and recent activity." />
      <MatchingRequestsTable requests={dashboard.matchingRequests} now={dashboard.generatedAt} />
      <VettingPipeline counts={dashboard.vettingCounts} />
      <WaitingApplicantsTable applicants={dashboard.oldestWaiting} />
      <PlatformTotals userCounts={dashboard.userCounts} suspendedUsers={dashboard.suspendedUsers} openDisputes={dashboard.openDisputes} />
      <AuditLogTable entries={dashboard.recentAudit} />
    </DashboardPage>
  );
}
