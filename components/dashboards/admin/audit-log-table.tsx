import Link from "next/link";
import { AuditEntriesTable } from "@/components/admin/audit-entries-table";
import type { AdminDashboard } from "@/lib/dashboards/get-admin-dashboard";
import { DashboardSection } from "../dashboard-section";

export function AuditLogTable({ entries }: { entries: AdminDashboard["recentAudit"] }) {
  return (
    <DashboardSection title="Recent activity">
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing has happened yet.</p>
      ) : (
        <>
          <AuditEntriesTable entries={entries} caption="Latest audit log entries" />
          <Link href="/admin/audit-log" className="mt-3 inline-block text-sm text-indigo-700 underline">
            The whole audit log
          </Link>
        </>
      )}
    </DashboardSection>
  );
}
