import { DashboardPage } from "@/components/dashboards/dashboard-page";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { AuditLogPage } from "@/lib/admin/list-audit-log";
import { formatCount } from "@/lib/format";
import { AuditEntriesTable } from "./audit-entries-table";
import { type AuditLogFilter, AuditLogFilters } from "./audit-log-filters";
import { Pagination } from "./pagination";

type AuditLogViewProps = { log: AuditLogPage; filter: AuditLogFilter; problem: string | null };

export function AuditLogView({ log, filter, problem }: AuditLogViewProps) {
  return (
    <DashboardPage>
      <PageHeader
        title="Audit log"
        description="Every recorded action, newest first: admin decisions, and what clients and experts did to requests, contracts and money."
      />
      <AuditLogFilters filter={filter} admins={log.admins} />
      {problem && <Alert tone="warning">{problem} Every entry is shown instead.</Alert>}
      {log.entries.length === 0 ? (
        <EmptyState title="No entries match" description="Widen the dates or clear a filter." />
      ) : (
        <>
          <AuditEntriesTable entries={log.entries} caption="Audit log entries, newest first" />
          <Pagination
            label="Pages of the audit log"
            path="/admin/audit-log"
            query={filter}
            page={log.page}
            pageSize={log.pageSize}
            total={log.total}
            totalLabel={formatCount(log.total, "entry", "entries")}
          />
        </>
      )}
    </DashboardPage>
  );
}
