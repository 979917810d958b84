import { FiguresTable } from "@/components/ui/figures-table";
import type { LedgerTotals } from "@/lib/admin/get-ledger-overview";
import { formatMoney } from "@/lib/format";

const COLUMNS = [
  { key: "fundedCents", label: "Funded" },
  { key: "heldCents", label: "Held by Vetted" },
  { key: "releasedCents", label: "Released" },
  { key: "feesCents", label: "Of which fees" },
  { key: "refundedCents", label: "Refunded" },
  { key: "trialPayoutsCents", label: "Trial payouts (platform cost)" },
] as const;

export function LedgerTotalsTable({ totals, caption }: { totals: LedgerTotals[]; caption: string }) {
  const rows = totals.map((total) => ({
    key: total.currency,
    header: total.currency,
    cells: Object.fromEntries(COLUMNS.map((column) => [column.key, formatMoney(total[column.key], total.currency)])) as Record<
      (typeof COLUMNS)[number]["key"],
      string
    >,
  }));
  return <FiguresTable caption={caption} rowLabel="Currency" columns={COLUMNS} rows={rows} />;
}
