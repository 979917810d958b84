import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { ClientDashboard } from "@/lib/dashboards/get-client-dashboard";
import { ContractsTable } from "../contracts-table";
import { DashboardPage } from "../dashboard-page";
import { DashboardSection } from "../dashboard-section";
import { ClientMoneySummary } from "./client-money-summary";
import { ClientRequests } from "./client-requests";
import { CompanyTeam } from "./company-team";

export function ClientDashboardView({ dashboard }: { dashboard: ClientDashboard }) {
  const { company } = dashboard;
  return (
    <DashboardPage>
      <PageHeader title="Client dashboard" description={company ? company.name : "Your hiring requests, contracts and payments."} />
      {company ? (
        <>
          <ClientRequests requests={dashboard.requests} requestCounts={dashboard.requestCounts} canRaise={dashboard.canManageRequests} />
          <DashboardSection title="Active contracts">
            {dashboard.activeContracts.length > 0 ? (
              <ContractsTable
                counterpart="Expert"
                contracts={dashboard.activeContracts.map((contract) => ({ ...contract, counterpartName: contract.expertName }))}
              />
            ) : (
              <p className="text-sm text-slate-600">No active contracts. When you hire an expert from a shortlist, the contract shows here.</p>
            )}
          </DashboardSection>
          <ClientMoneySummary money={dashboard.money} />
          <CompanyTeam companyName={company.name} members={company.members} />
        </>
      ) : (
        <EmptyState
          title="Your account isn't part of a company"
          description="Ask a teammate who owns your company's Vetted account to add you, or sign up again as a new company."
        />
      )}
    </DashboardPage>
  );
}
