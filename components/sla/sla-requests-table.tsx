import { DateTime } from "@/components/dashboards/date-time";
import { StatusBadge } from "@/components/dashboards/status-badge";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import { formatTimeLeft } from "@/lib/format";
import type { SlaBoard, SlaBoardRow } from "@/lib/sla/get-sla-board";
import { HandPickDialog } from "./hand-pick-dialog";

/** Matching requests by time left, then the ones matched in the last day. Colour is backed by a badge's words. */
export function SlaRequestsTable({ board }: { board: SlaBoard }) {
  return (
    <Table caption="Requests being matched, least time left first, then recently matched ones" isCaptionHidden>
      <THead>
        <Tr>
          <Th>Request</Th>
          <Th>Company</Th>
          <Th>Status</Th>
          <Th className="text-right">Accepted</Th>
          <Th>Deadline</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </Tr>
      </THead>
      <TBody>
        {board.requests.map((request) => (
          <Tr key={request.id} className={cn(request.isBreached && "bg-red-50", request.isAtRisk && "bg-amber-50")}>
            <Th scope="row" className="font-medium">
              {request.title}
              {request.submittedAt && (
                <span className="block text-xs font-normal text-slate-600">
                  Submitted <DateTime value={request.submittedAt} />
                </span>
              )}
            </Th>
            <Td>{request.companyName}</Td>
            <Td>
              <div className="flex flex-wrap gap-1.5">
                <StatusBadge status={request.status} />
                {request.isBreached && <Badge tone="danger">SLA breached</Badge>}
                {request.isAtRisk && <Badge tone="warning">At risk</Badge>}
                {request.isReplacement && <Badge tone="info">Replacement</Badge>}
              </div>
            </Td>
            <Td className="text-right tabular-nums">
              {request.acceptedCount}/{board.shortlistSize}
              <span className="block text-xs text-slate-600">{request.pendingCount} waiting</span>
            </Td>
            <Td>
              <DeadlineCell request={request} now={board.now} />
            </Td>
            <Td>{request.canHandPick && <HandPickDialog requestId={request.id} requestTitle={request.title} />}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

function DeadlineCell({ request, now }: { request: SlaBoardRow; now: Date }) {
  if (!request.matchDeadline) return "—";
  return (
    <>
      <DateTime value={request.matchDeadline} />
      <span className={cn("block text-xs", request.isBreached || request.isAtRisk ? "font-semibold text-slate-900" : "text-slate-600")}>
        {request.status === "MATCHED" && request.shortlistedAt ? (
          <>
            Shortlisted <DateTime value={request.shortlistedAt} />
          </>
        ) : (
          formatTimeLeft(request.matchDeadline, now)
        )}
      </span>
    </>
  );
}
