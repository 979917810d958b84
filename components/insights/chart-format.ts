import { formatMoney } from "@/lib/format";
import type { ChartCell, ColumnKind } from "@/lib/insights/chart-table";

/** A cell as the table shows it: money in its currency, shares as percentages, nothing as a dash. */
export function formatCell(value: ChartCell, kind: ColumnKind, currency: string | null): string {
  if (value === null) return "—";
  if (typeof value === "string") return value;
  if (kind === "cents" && currency) return formatMoney(value, currency);
  if (kind === "share") return `${(value * 100).toFixed(1)}%`;
  return value.toLocaleString("en-US");
}

export const SERIES_COLORS = ["#4f46e5", "#059669", "#d97706", "#e11d48", "#0891b2"] as const;
