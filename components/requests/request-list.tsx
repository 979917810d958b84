import Link from "next/link";
import { DateTime } from "@/components/dashboards/date-time";
import { StatusBadge } from "@/components/dashboards/status-badge";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { RequestSummary } from "@/lib/requests/list-requests";

const hrefOf = (request: RequestSummary) =>
  request.status === "DRAFT" ? `/client/requests/new?draft=${request.id}` : `/client/requests/${request.id}`;

function describeCandidates({ status, matchCounts }: RequestSummary): string {
  if (status === "DRAFT") return "Not submitted yet";
  const accepted = matchCounts.ACCEPTED + matchCounts.SHORTLISTED + matchCounts.HIRED + matchCounts.PASSED;
  const parts = [
    matchCounts.INVITED > 0 && `${matchCounts.INVITED} deciding`,
    accepted > 0 && `${accepted} accepted`,
    matchCounts.HIRED > 0 && `${matchCounts.HIRED} hired`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : "None yet";
}

export function RequestList({ requests, olderHref }: { requests: RequestSummary[]; olderHref: string | null }) {
  if (requests.length === 0) {
    return (
      <EmptyState
        title="Raise your first request"
        description="Describe the work, the skills it needs and your budget. We match you with pre-vetted experts within 8 hours."
        action={<ButtonLink href="/client/requests/new">Raise a request</ButtonLink>}
      />
    );
  }
  return (
    <div className="space-y-4">
      <Table caption="Your hiring requests, newest first" isCaptionHidden>
        <THead>
          <Tr>
            <Th>Request</Th>
            <Th>Status</Th>
            <Th>Submitted</Th>
            <Th>Shortlist due</Th>
            <Th>Experts</Th>
          </Tr>
        </THead>
        <TBody>
          {requests.map((request) => (
            <Tr key={request.id}>
              <Th scope="row" className="font-medium">
                <Link href={hrefOf(request)} className="text-indigo-700 underline-offset-2 hover:underline">
                  {request.title || "Untitled draft"}
                </Link>
              </Th>
              <Td>
                <span className="flex flex-wrap gap-1">
                  <StatusBadge status={request.status} />
                  {request.slaBreached && <Badge tone="warning">Shortlist late</Badge>}
                </span>
              </Td>
              <Td>{request.submittedAt ? <DateTime value={request.submittedAt} /> : "—"}</Td>
              <Td>{request.matchDeadline && request.status === "MATCHING" ? <DateTime value={request.matchDeadline} /> : "—"}</Td>
              <Td>{describeCandidates(request)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {olderHref && (
        <p>
          <Link href={olderHref} className="text-sm font-medium text-indigo-700 underline underline-offset-2">
            Older requests
          </Link>
        </p>
      )}
    </div>
  );
}
