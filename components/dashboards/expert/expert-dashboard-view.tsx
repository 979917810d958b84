import { PageHeader } from "@/components/ui/page-header";
import type { ExpertDashboard } from "@/lib/dashboards/get-expert-dashboard";
import { DashboardPage } from "../dashboard-page";
import { ApplicationStatus } from "./application-status";
import { ExpertContracts } from "./expert-contracts";
import { ExpertEarnings } from "./expert-earnings";
import { ExpertProfileSummary } from "./expert-profile-summary";
import { OpenInvitations } from "./open-invitations";
import { VettingHistory } from "./vetting-history";

export function ExpertDashboardView({ dashboard }: { dashboard: ExpertDashboard }) {
  const { profile } = dashboard;
  const isApproved = profile.vettingStatus === "APPROVED";
  return (
    <DashboardPage>
      <PageHeader title="Expert dashboard" description={profile.headline || "Your application, invitations, contracts and earnings."} />
      <ApplicationStatus profile={profile} nextStep={dashboard.nextStep} />
      {isApproved && <OpenInvitations invitations={dashboard.openInvitations} />}
      {(isApproved || dashboard.activeContracts.length > 0) && <ExpertContracts contracts={dashboard.activeContracts} />}
      {(isApproved || dashboard.earnings.length > 0) && (
        <ExpertEarnings earnings={dashboard.earnings} pendingInEscrow={dashboard.pendingInEscrow} payoutsEnabled={profile.payoutsEnabled} />
      )}
      <ExpertProfileSummary profile={profile} />
      <VettingHistory decisions={dashboard.vettingHistory} />
    </DashboardPage>
  );
}
