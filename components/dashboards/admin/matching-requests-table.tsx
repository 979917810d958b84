import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import type { AdminDashboard } from "@/lib/dashboards/get-admin-dashboard";
import { formatTimeLeft } from "@/lib/format";
import { DashboardSection } from "../dashboard-section";
import { DateTime } from "../date-time";
import { StatusBadge } from "../status-badge";

type MatchingRequestsTableProps = { requests: AdminDashboard["matchingRequests"]; now: Date };

export function MatchingRequestsTable({ requests, now }: MatchingRequestsTableProps) {
  const needingAttention = requests.filter((request) => request.slaState !== "ON_TRACK").length;
  return (
    <DashboardSection
      title="Matching SLA"
      anchor="requests"
      description={
        needingAttention > 0
          ? `${needingAttention} of the requests below are at risk (under 2 hours left) or past their 8-hour deadline.`
          : "Requests being matched, nearest deadline first."
      }
    >
      {requests.length === 0 ? (
        <p className="text-sm text-slate-600">No requests are being matched right now.</p>
      ) : (
        <Table caption="Requests in matching, nearest deadline first" isCaptionHidden>
          <THead>
            <Tr>
              <Th>Request</Th>
              <Th>Company</Th>
              <Th>Deadline</Th>
              <Th>SLA</Th>
              <Th className="text-right">Accepted</Th>
            </Tr>
          </THead>
          <TBody>
            {requests.map((request) => (
              <Tr key={request.id}>
                <Th scope="row" className="font-medium">
                  {request.title}
                </Th>
                <Td>{request.companyName}</Td>
                <Td>
                  {request.matchDeadline ? (
                    <>
                      <DateTime value={request.matchDeadline} />
                      <span className="block text-xs text-slate-600">{formatTimeLeft(request.matchDeadline, now)}</span>
                    </>
                  ) : (
                    "—"
                  )}
                </Td>
                <Td>
                  <StatusBadge status={request.slaState} />
                </Td>
                <Td className="text-right tabular-nums">{request.acceptedCount}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </DashboardSection>
  );
}
