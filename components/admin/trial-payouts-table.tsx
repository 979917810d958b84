import Link from "next/link";
import { DateTime } from "@/components/dashboards/date-time";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import type { LedgerOverview } from "@/lib/admin/get-ledger-overview";
import { formatMoney } from "@/lib/format";

type TrialPayoutRow = LedgerOverview["trialPayouts"][number];

const STATUS: Record<TrialPayoutRow["status"], { label: string; tone: BadgeTone }> = {
  PENDING: { label: "On its way", tone: "info" },
  PAID: { label: "Paid", tone: "success" },
  REVERSED: { label: "Reversed", tone: "warning" },
  FAILED: { label: "Failed", tone: "danger" },
};

/** What the platform paid from its own balance for work submitted in trials the client ended as not the right fit. */
export function TrialPayoutsTable({ payouts }: { payouts: TrialPayoutRow[] }) {
  return (
    <Table caption="Trial payouts, newest first" isCaptionHidden>
      <THead>
        <Tr>
          <Th>When</Th>
          <Th>Contract</Th>
          <Th className="text-right">Submitted work</Th>
          <Th className="text-right">Paid at platform cost</Th>
          <Th>Status</Th>
        </Tr>
      </THead>
      <TBody>
        {payouts.map((payout) => (
          <Tr key={payout.id}>
            <Td className="whitespace-nowrap">
              <DateTime value={payout.createdAt} />
            </Td>
            <Td className="max-w-xs">
              <Link href={`/admin/ledger?contractId=${payout.contractId}`} className="text-indigo-700 underline">
                {payout.contractTitle}
              </Link>
              {payout.stripeTransferId && <code className="block text-xs break-all text-slate-600">{payout.stripeTransferId}</code>}
            </Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{formatMoney(payout.submittedCents, payout.currency)}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{formatMoney(payout.amountCents, payout.currency)}</Td>
            <Td>
              <Badge tone={STATUS[payout.status].tone}>{STATUS[payout.status].label}</Badge>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
