import { Card } from "@/components/ui/card";
import { formatMoney } from "@/lib/format";
import type { StatementTotals } from "@/lib/statements/statement-data";

const monthLabel = (month: string) =>
  new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00.000Z`));

/** The current month so far, per currency, read from the ledger as the page loads. */
export function CurrentMonthSummary({ month, totals }: { month: string; totals: StatementTotals[] }) {
  return (
    <Card as="section">
      <h2 className="text-lg font-semibold text-slate-900">{monthLabel(month)} so far</h2>
      {totals.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">Nothing has moved on your contracts this month yet.</p>
      ) : (
        totals.map((total) => {
          const money = (cents: number) => formatMoney(cents, total.currency);
          return (
            <dl key={total.currency} className="mt-3 grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4" aria-label={`${total.currency} so far`}>
              <dt className="text-slate-600">Released (gross)</dt>
              <dd className="font-medium text-slate-900">{money(total.releasedCents)}</dd>
              <dt className="text-slate-600">Platform fee</dt>
              <dd className="font-medium text-slate-900">{money(total.feesCents)}</dd>
              <dt className="text-slate-600">Net earnings</dt>
              <dd className="font-semibold text-slate-900">{money(total.netCents)}</dd>
              <dt className="text-slate-600">Held by Vetted now</dt>
              <dd className="font-medium text-slate-900">{money(total.closingHeldCents)}</dd>
            </dl>
          );
        })
      )}
    </Card>
  );
}
