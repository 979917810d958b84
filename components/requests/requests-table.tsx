import Link from "next/link";
import { DateTime } from "@/components/dashboards/date-time";
import { StatusBadge } from "@/components/dashboards/status-badge";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import type { MatchStatus, RequestStatus } from "@/generated/prisma/enums";

export type RequestRow = {
  id: string;
  title: string;
  status: RequestStatus;
  slaBreached: boolean;
  submittedAt: Date | null;
  matchDeadline: Date | null;
  matchCounts: Record<MatchStatus, number>;
};

const hrefOf = (request: RequestRow) => (request.status === "DRAFT" ? `/client/requests/new?draft=${request.id}` : `/client/requests/${request.id}`);

function describeCandidates({ status, matchCounts }: RequestRow): string {
  if (status === "DRAFT") return "Not submitted yet";
  const accepted = matchCounts.ACCEPTED + matchCounts.SHORTLISTED + matchCounts.HIRED + matchCounts.PASSED;
  const parts = [
    status === "MATCHING" && matchCounts.INVITED > 0 && `${matchCounts.INVITED} deciding`,
    accepted > 0 && `${accepted} accepted`,
    matchCounts.HIRED > 0 && `${matchCounts.HIRED} hired`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : "None yet";
}

/** A company's requests: the dashboard shows the latest, the requests page all of them. */
export function RequestsTable({ requests, caption }: { requests: RequestRow[]; caption: string }) {
  return (
    <Table caption={caption} isCaptionHidden>
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
  );
}
