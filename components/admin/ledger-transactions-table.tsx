import Link from "next/link";
import { DateTime } from "@/components/dashboards/date-time";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import type { LedgerOverview } from "@/lib/admin/get-ledger-overview";
import { formatMoney, formatStatus } from "@/lib/format";

/** Each transaction with its entries, signed as booked: debits positive, credits negative, summing to zero. */
export function LedgerTransactionsTable({ transactions }: { transactions: LedgerOverview["transactions"] }) {
  return (
    <Table caption="Ledger transactions, newest first" isCaptionHidden>
      <THead>
        <Tr>
          <Th>When</Th>
          <Th>Transaction</Th>
          <Th>Contract</Th>
          <Th>Entries (debit +, credit −)</Th>
        </Tr>
      </THead>
      <TBody>
        {transactions.map((transaction) => (
          <Tr key={transaction.id}>
            <Td className="whitespace-nowrap">
              <DateTime value={transaction.createdAt} />
            </Td>
            <Td className="max-w-xs">
              <span className="block font-medium text-slate-900">{formatStatus(transaction.kind)}</span>
              <span className="block break-words">{transaction.description}</span>
              <code className="block text-xs break-all text-slate-600">{transaction.idempotencyKey}</code>
            </Td>
            <Td>
              {transaction.contractId ? (
                <>
                  <Link href={`/contracts/${transaction.contractId}`} className="text-indigo-700 underline">
                    {transaction.contractTitle ?? transaction.contractId}
                  </Link>
                  <Link href={`/admin/ledger?contractId=${transaction.contractId}`} className="mt-1 block text-xs text-indigo-700 underline">
                    Only this contract<span className="sr-only">’s transactions</span>
                  </Link>
                </>
              ) : (
                <span className="text-slate-600">—</span>
              )}
            </Td>
            <Td>
              <ul className="space-y-1">
                {transaction.entries.map((entry) => (
                  <li key={entry.id} className="flex justify-between gap-4 whitespace-nowrap">
                    <code className="text-xs text-slate-800">{entry.accountCode}</code>
                    <span className="tabular-nums text-slate-900">{formatSigned(entry.amountCents, transaction.currency)}</span>
                  </li>
                ))}
              </ul>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

const formatSigned = (cents: number, currency: string | null) => {
  const amount = currency ? formatMoney(Math.abs(cents), currency) : String(Math.abs(cents));
  return cents < 0 ? `−${amount}` : `+${amount}`;
};
