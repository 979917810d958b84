import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import type { AdminDashboard } from "@/lib/dashboards/get-admin-dashboard";
import { DashboardSection } from "../dashboard-section";
import { DateTime } from "../date-time";

export function AuditLogTable({ entries }: { entries: AdminDashboard["recentAudit"] }) {
  return (
    <DashboardSection title="Recent activity">
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing has happened yet.</p>
      ) : (
        <Table caption="Latest audit log entries" isCaptionHidden>
          <THead>
            <Tr>
              <Th>When</Th>
              <Th>Action</Th>
              <Th>By</Th>
              <Th>Target</Th>
            </Tr>
          </THead>
          <TBody>
            {entries.map((entry) => (
              <Tr key={entry.id}>
                <Td className="whitespace-nowrap">
                  <DateTime value={entry.createdAt} />
                </Td>
                <Td>
                  <code className="text-xs text-slate-800">{entry.action}</code>
                </Td>
                <Td>{entry.actorName ?? "System"}</Td>
                <Td>
                  {entry.targetType} <span className="font-mono text-xs text-slate-600">{entry.targetId}</span>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </DashboardSection>
  );
}
