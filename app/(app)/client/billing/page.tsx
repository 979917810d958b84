import type { Metadata } from "next";
import { BillingDetailsForm } from "@/components/billing/billing-details-form";
import { InvoiceTable } from "@/components/billing/invoice-table";
import { SavedCardPanel } from "@/components/billing/saved-card-panel";
import { MonthlyCharts } from "@/components/insights/monthly-charts";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { now } from "@/lib/clock";
import { listCountries } from "@/lib/countries";
import { getSpendChart } from "@/lib/insights/client-spend";
import { spendViews } from "@/lib/insights/personal-chart-views";
import { getBillingDetails } from "@/lib/invoices/billing";
import { listInvoices } from "@/lib/invoices/list-invoices";
import { recordReturnedCardSetup } from "@/lib/payment-methods/record-returned-card-setup";
import { getSavedCard } from "@/lib/payment-methods/saved-card";
import { CARD_SAVED_PARAM } from "@/lib/payment-methods/start-card-setup";

export const metadata: Metadata = { title: "Billing" };
export const dynamic = "force-dynamic";

type BillingPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BillingPage({ searchParams }: BillingPageProps) {
  const user = await requirePageUser({ path: "/client/billing", roles: ["CLIENT"], ability: "viewBilling" });
  // Back from Stripe's card page: record the card now rather than wait for the webhook.
  const isJustSaved = await recordReturnedCardSetup((await searchParams)[CARD_SAVED_PARAM], user.companyId);
  const at = now();
  const [billing, { invoices }, saved, spend] = await Promise.all([
    getBillingDetails({ user }),
    listInvoices({ user }),
    getSavedCard({ user }),
    getSpendChart({ user, now: at }),
  ]);
  return (
    <div className="mx-auto w-full max-w-5xl space-y-6 px-4 py-8 sm:px-6">
      <PageHeader
        title="Billing"
        description={`Receipts for every payment ${billing.companyName} makes, the details printed on them, and the card it is charged to.`}
      />
      <SavedCardPanel card={saved.card} failingCharges={saved.failingCharges} isJustSaved={isJustSaved} />
      <MonthlyCharts
        id="spend-chart-heading"
        heading="Spend over the last 12 months"
        views={spendViews(spend)}
        emptyText="Nothing was paid in the last 12 months yet."
        fileSuffix={at.toISOString().slice(0, 7)}
      />
      <section aria-labelledby="receipts-heading" className="space-y-3">
        <h2 id="receipts-heading" className="text-lg font-semibold text-slate-900">
          Receipts and credit notes
        </h2>
        {invoices.length ? (
          <InvoiceTable invoices={invoices} />
        ) : (
          <EmptyState
            headingLevel={3}
            title="No receipts yet"
            description="A receipt is issued, numbered and emailed to owners and finance members each time you fund a milestone."
          />
        )}
      </section>
      <Card as="section">
        <h2 id="billing-details-heading" className="text-lg font-semibold text-slate-900">
          Billing details
        </h2>
        <p className="mt-1 text-sm text-slate-600">Printed on new receipts. Receipts already issued keep the details they were issued with.</p>
        <BillingDetailsForm billing={billing} countries={listCountries()} />
      </Card>
    </div>
  );
}
