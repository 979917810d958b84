import Link from "next/link";
import { DashboardPage } from "@/components/dashboards/dashboard-page";
import { DashboardSection } from "@/components/dashboards/dashboard-section";
import { PageHeader } from "@/components/ui/page-header";
import { LedgerExportForm } from "./ledger-export-form";
import { type LedgerExportItem, LedgerExportsTable } from "./ledger-exports-table";

export function LedgerExportsView({ exports }: { exports: LedgerExportItem[] }) {
  return (
    <DashboardPage>
      <PageHeader
        title="Ledger exports"
        description="Ledger entries or payouts for a range of days, as CSV for accounting. Days are whole days in UTC, both included, at most 366 at a time. Every export is recorded in the audit log."
        actions={
          <Link href="/admin/audit-log?action=ledger.exported" className="text-sm font-medium text-indigo-700 underline">
            Export history in the audit log
          </Link>
        }
      />
      <DashboardSection title="New export">
        <LedgerExportForm />
      </DashboardSection>
      <DashboardSection title="Exports" description="The last 50, newest first, by any admin. A CSV downloads only for admins.">
        <LedgerExportsTable exports={exports} />
      </DashboardSection>
    </DashboardPage>
  );
}
