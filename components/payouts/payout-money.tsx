import Link from "next/link";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import type { PayoutEarnings } from "@/lib/dashboards/get-payout-earnings";
import { formatDate, formatMoney } from "@/lib/format";
import { PaidOutList } from "./paid-out-list";

const CARD = "space-y-3 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200";

function Totals({ rows, empty }: { rows: { currency: string; amountCents: number }[]; empty: string }) {
  if (!rows.length) return <p className="text-sm text-slate-700">{empty}</p>;
  return (
    <ul className="space-y-1">
      {rows.map((row) => (
        <li key={row.currency} className="text-2xl font-semibold text-slate-900">
          {formatMoney(row.amountCents, row.currency)}
        </li>
      ))}
    </ul>
  );
}

/** Where the expert's money is: held by Vetted, released to Stripe, paid out to the bank, and what releases by itself soon. */
export function PayoutMoney({ earnings, hasAccount }: { earnings: PayoutEarnings; hasAccount: boolean }) {
  return (
    <div className="space-y-6">
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="money-held" className={CARD}>
          <h2 id="money-held" className="text-lg font-semibold text-slate-900">
            Held by Vetted
          </h2>
          <Totals rows={earnings.heldInEscrow} empty="Nothing funded is waiting on approval." />
          <p className="text-sm text-slate-700">Funded milestones, held until the client approves; you receive them minus the platform fee.</p>
        </section>
        <section aria-labelledby="money-released" className={CARD}>
          <h2 id="money-released" className="text-lg font-semibold text-slate-900">
            Released to you
          </h2>
          <Totals rows={earnings.releasedToYou} empty="Nothing released yet." />
          <p className="text-sm text-slate-700">Sent to your Stripe account after the platform fee; Stripe pays it out to your bank.</p>
        </section>
      </div>
      <section aria-labelledby="money-auto-releases" className={CARD}>
        <h2 id="money-auto-releases" className="text-lg font-semibold text-slate-900">
          Upcoming automatic releases
        </h2>
        {earnings.upcomingAutoReleases.length ? (
          <Table caption="Submitted milestones released automatically if the client does not answer" isCaptionHidden>
            <THead>
              <Tr>
                <Th>Milestone</Th>
                <Th>Amount</Th>
                <Th>Released on</Th>
              </Tr>
            </THead>
            <TBody>
              {earnings.upcomingAutoReleases.map((milestone) => (
                <Tr key={milestone.id}>
                  <Td>
                    <Link href={`/contracts/${milestone.contractId}`} className="font-medium text-indigo-700 hover:underline">
                      {milestone.title}
                    </Link>
                    <span className="block text-xs text-slate-600">{milestone.contractTitle}</span>
                  </Td>
                  <Td>{formatMoney(milestone.amountCents, milestone.currency)}</Td>
                  <Td>{formatDate(milestone.autoReleaseAt)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        ) : (
          <p className="text-sm text-slate-700">No submitted milestone is waiting on the client.</p>
        )}
      </section>
      <section aria-labelledby="money-paid-out" className={CARD}>
        <h2 id="money-paid-out" className="text-lg font-semibold text-slate-900">
          Paid out to your bank
        </h2>
        {hasAccount ? <PaidOutList /> : <p className="text-sm text-slate-700">Payouts appear here once your Stripe account is set up.</p>}
      </section>
    </div>
  );
}
