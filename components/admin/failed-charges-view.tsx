import Link from "next/link";
import { DateTime } from "@/components/dashboards/date-time";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";
import type { FailedChargeRow } from "@/lib/payments/list-failed-charges";

const HEADINGS = ["Company", "Contract", "Amount", "Attempts", "Last reason", "Next retry"];

export function FailedChargesView({ charges }: { charges: FailedChargeRow[] }) {
  return (
    <div className="mx-auto w-full max-w-6xl space-y-6 px-4 py-8 sm:px-6">
      <PageHeader
        title="Failed charges"
        description="Charges to companies' saved cards that were declined and have not gone through since. Each is retried on schedule and at once when the company replaces its card; after the last retry the contract's new hourly work is paused."
      />
      {charges.length === 0 ? (
        <EmptyState title="No failed charges" description="Every charge to a saved card has gone through." />
      ) : (
        <Table caption={`${charges.length} failed charges, oldest first`}>
          <thead className="bg-slate-50 text-xs font-semibold tracking-wide text-slate-700 uppercase">
            <tr>
              {HEADINGS.map((heading) => (
                <th key={heading} scope="col" className="px-4 py-2">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {charges.map((charge) => (
              <tr key={charge.milestoneId}>
                <td className="px-4 py-2 text-slate-800">{charge.company.name}</td>
                <td className="px-4 py-2">
                  <Link href={`/contracts/${charge.contract.id}`} className="font-medium text-indigo-700 underline">
                    {charge.contract.title}
                  </Link>
                  <p className="text-xs text-slate-600">{charge.milestoneTitle}</p>
                </td>
                <td className="px-4 py-2 text-slate-800 tabular-nums">{charge.amountText}</td>
                <td className="px-4 py-2 text-slate-800 tabular-nums">{charge.attempts}</td>
                <td className="max-w-xs px-4 py-2 break-words text-slate-700">{charge.lastReason}</td>
                <td className="px-4 py-2 text-slate-700">
                  {charge.nextRetryAt ? (
                    <DateTime value={charge.nextRetryAt} />
                  ) : charge.failingSince ? (
                    <Badge tone="danger">Retries used up — paused</Badge>
                  ) : (
                    <Badge tone="warning">When the card is replaced</Badge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
