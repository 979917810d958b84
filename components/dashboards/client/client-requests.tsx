import { RequestsTable } from "@/components/requests/requests-table";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import type { ClientDashboard } from "@/lib/dashboards/get-client-dashboard";
import { DashboardSection } from "../dashboard-section";
import { StatList } from "../stat-list";

type ClientRequestsProps = Pick<ClientDashboard, "requests" | "requestCounts"> & { canRaise: boolean };

export function ClientRequests({ requests, requestCounts, canRaise }: ClientRequestsProps) {
  if (requests.length === 0) {
    return (
      <DashboardSection title="Hiring requests" anchor="requests">
        <EmptyState
          headingLevel={3}
          title={canRaise ? "Raise your first request" : "No hiring requests yet"}
          description={
            canRaise
              ? "Describe the work, the skills it needs and your budget. We match you with pre-vetted experts within 8 hours."
              : "Your company's owners and hiring managers raise requests; they show here as soon as there is one."
          }
          action={canRaise ? <ButtonLink href="/client/requests/new">Raise a request</ButtonLink> : undefined}
        />
      </DashboardSection>
    );
  }
  return (
    <DashboardSection
      title="Hiring requests"
      anchor="requests"
      description="Your latest requests. Matching starts when you submit one; the shortlist is due 8 hours later."
    >
      <StatList
        stats={[
          { label: "Drafts", value: requestCounts.DRAFT },
          { label: "Matching", value: requestCounts.MATCHING },
          { label: "Shortlist ready", value: requestCounts.MATCHED },
          { label: "Hired", value: requestCounts.HIRED },
          { label: "Closed", value: requestCounts.CLOSED },
          { label: "Cancelled", value: requestCounts.CANCELLED },
        ]}
      />
      <RequestsTable requests={requests} caption="Latest hiring requests" />
    </DashboardSection>
  );
}
