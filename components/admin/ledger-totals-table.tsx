import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import type { LedgerTotals } from "@/lib/admin/get-ledger-overview";
import { formatMoney } from "@/lib/format";

const COLUMNS = [
  { key: "fundedCents", label: "Funded" },
  { key: "heldCents", label: "Held by Vetted" },
  { key: "releasedCents", label: "Released" },
  { key: "feesCents", label: "Of which fees" },
  { key: "refundedCents", label: "Refunded" },
] as const;

export function LedgerTotalsTable({ totals, caption }: { totals: LedgerTotals[]; caption: string }) {
  return (
    <Table caption={caption} isCaptionHidden>
      <THead>
        <Tr>
          <Th>Currency</Th>
          {COLUMNS.map((column) => (
            <Th key={column.key} className="text-right">
              {column.label}
            </Th>
          ))}
        </Tr>
      </THead>
      <TBody>
        {totals.map((total) => (
          <Tr key={total.currency}>
            <Th scope="row">{total.currency}</Th>
            {COLUMNS.map((column) => (
              <Td key={column.key} className="text-right whitespace-nowrap tabular-nums">
                {formatMoney(total[column.key], total.currency)}
              </Td>
            ))}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
