import type { ContractDetail } from "@/lib/contracts/get-contract";
import { formatMoney } from "@/lib/format";

/** What the contract's money did so far, from the ledger. */
export function ContractMoney({ money, totalCents }: { money: ContractDetail["money"]; totalCents: number }) {
  const rows = [
    { term: "Contract total", cents: totalCents },
    { term: "Funded", cents: money.fundedCents },
    { term: "Held by Vetted", cents: money.heldCents },
    { term: "Released", cents: money.releasedCents },
    { term: "Refunded", cents: money.refundedCents },
    { term: "Platform fees", cents: money.feesCents },
  ];
  return (
    <section aria-labelledby="money-heading" className="space-y-3">
      <h2 id="money-heading" className="text-lg font-semibold text-slate-900">
        Money
      </h2>
      <dl className="grid grid-cols-2 gap-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:grid-cols-3">
        {rows.map((row) => (
          <div key={row.term}>
            <dt className="text-sm text-slate-600">{row.term}</dt>
            <dd className="text-lg font-semibold text-slate-900 tabular-nums">{formatMoney(row.cents, money.currency)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
