import Link from "next/link";
import { DashboardPage } from "@/components/dashboards/dashboard-page";
import { DashboardSection } from "@/components/dashboards/dashboard-section";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { LedgerOverview } from "@/lib/admin/get-ledger-overview";
import { formatCount } from "@/lib/format";
import { LedgerCheckPanel } from "./ledger-check-panel";
import { LedgerTotalsTable } from "./ledger-totals-table";
import { LedgerTransactionsTable } from "./ledger-transactions-table";
import { Pagination } from "./pagination";
import { PaymentsUnderReviewTable } from "./payments-under-review-table";

export function LedgerView({ ledger, isFilterInvalid }: { ledger: LedgerOverview; isFilterInvalid: boolean }) {
  const { contractId } = ledger;
  return (
    <DashboardPage>
      <PageHeader
        title="Ledger"
        description="Every movement of money as a balanced double-entry transaction. What is held by Vetted is always funded − released − refunded."
        actions={
          <span className="flex flex-wrap gap-4">
            <Link href="/admin/failed-charges" className="text-sm font-medium text-indigo-700 underline">
              Failed charges
            </Link>
            <Link href="/admin/ledger/exports" className="text-sm font-medium text-indigo-700 underline">
              CSV exports
            </Link>
            <Link href="/admin/audit-log?action=ledger." className="text-sm font-medium text-indigo-700 underline">
              Past checks
            </Link>
          </span>
        }
      />
      <DashboardSection
        title="Ledger check"
        description="Checks every money invariant in the database, then compares our payments, transfers and refunds with what Stripe reports."
      >
        <LedgerCheckPanel />
      </DashboardSection>
      <DashboardSection
        title="Payments needing review"
        anchor="payments-under-review"
        description="Stripe took money that did not match the payment we asked for (amount, currency or ids). None of it funded a milestone or was booked; refund it to the client."
      >
        {ledger.underReview.payments.length === 0 ? (
          <EmptyState headingLevel={3} title="Nothing to review" description="A payment appears here when what Stripe took does not match what we asked for." />
        ) : (
          <>
            <p className="text-sm text-slate-700">{formatCount(ledger.underReview.awaitingCount, "payment")} waiting for a decision.</p>
            <PaymentsUnderReviewTable payments={ledger.underReview.payments} />
          </>
        )}
      </DashboardSection>
      <DashboardSection title="Totals per currency" description="Released is what was paid to experts plus the platform fees kept.">
        {ledger.totals.length === 0 ? (
          <EmptyState headingLevel={3} title="No money has moved yet" description="Totals appear once a client funds a milestone." />
        ) : (
          <LedgerTotalsTable totals={ledger.totals} caption="Ledger totals per currency" />
        )}
      </DashboardSection>
      <DashboardSection title={contractId ? "One contract's transactions" : "Latest transactions"}>
        {isFilterInvalid && <Alert tone="warning">Part of the address was not understood, so every transaction is shown.</Alert>}
        {contractId && (
          <p className="text-sm text-slate-700">
            Showing the transactions of contract <code className="text-xs">{contractId}</code>.{" "}
            <Link href="/admin/ledger" className="font-medium text-indigo-700 underline">
              Show every contract
            </Link>
          </p>
        )}
        {ledger.transactions.length === 0 ? (
          <EmptyState headingLevel={3} title="No transactions" description="Funding, releases and refunds are booked here as they happen." />
        ) : (
          <>
            <LedgerTransactionsTable transactions={ledger.transactions} />
            <Pagination
              label="Pages of ledger transactions"
              path="/admin/ledger"
              query={{ contractId: contractId ?? undefined }}
              page={ledger.page}
              pageSize={ledger.pageSize}
              total={ledger.total}
              totalLabel={formatCount(ledger.total, "transaction")}
            />
          </>
        )}
      </DashboardSection>
    </DashboardPage>
  );
}
