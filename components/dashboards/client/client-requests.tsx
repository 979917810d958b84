import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { ClientDashboard } from "@/lib/dashboards/get-client-dashboard";
import { DashboardSection } from "../dashboard-section";
import { DateTime } from "../date-time";
import { StatList } from "../stat-list";
import { StatusBadge } from "../status-badge";

type ClientRequestsProps = Pick<ClientDashboard, "requests" | "requestCounts">;
type Request = ClientDashboard["requests"][number];

export function ClientRequests({ requests, requestCounts }: ClientRequestsProps) {
  if (requests.length === 0) {
    return (
      <DashboardSection title="Hiring requests" anchor="requests">
        <EmptyState
          headingLevel={3}
          title="Raise your first request"
          description="Describe the work, the skills it needs and your budget. We match you with pre-vetted experts within 8 hours."
          action={<ButtonLink href="/client/requests/new">Raise a request</ButtonLink>}
        />
      </DashboardSection>
    );
  }
  return (
    <DashboardSection title="Hiring requests" anchor="requests" description="Your latest requests. Matching starts when you submit one; the shortlist is due 8 hours later.">
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
      <Table caption="Latest hiring requests" isCaptionHidden>
        <THead>
          <Tr>
            <Th>Request</Th>
            <Th>Status</Th>
            <Th>Submitted</Th>
            <Th>Shortlist due</Th>
            <Th>Candidates</Th>
          </Tr>
        </THead>
        <TBody>
          {requests.map((request) => (
            <Tr key={request.id}>
              <Th scope="row" className="font-medium">
                <Link href={`/client/requests/${request.id}`} className="text-indigo-700 underline-offset-2 hover:underline">
                  {request.title}
                </Link>
              </Th>
              <Td>
                <span className="flex flex-wrap gap-1">
                  <StatusBadge status={request.status} />
                  {request.slaBreached && <Badge tone="warning">Shortlist late</Badge>}
                </span>
              </Td>
              <Td>{request.submittedAt ? <DateTime value={request.submittedAt} /> : "Not submitted"}</Td>
              <Td>{request.matchDeadline ? <DateTime value={request.matchDeadline} /> : "—"}</Td>
              <Td>{describeCandidates(request)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </DashboardSection>
  );
}

function describeCandidates({ matchCounts }: Request): string {
  const parts = [
    matchCounts.INVITED > 0 && `${matchCounts.INVITED} invited`,
    matchCounts.ACCEPTED > 0 && `${matchCounts.ACCEPTED} accepted`,
    matchCounts.SHORTLISTED > 0 && `${matchCounts.SHORTLISTED} shortlisted`,
    matchCounts.HIRED > 0 && `${matchCounts.HIRED} hired`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : "None yet";
}
