import { CSV_BOM, centsToDecimal, csvRow } from "@/lib/documents/csv";

// One chart's data as the page shows it three ways — the chart, a real table and a CSV file — so the
// three always agree. Plain data: built on the server, handed to the client component as props.

export type ColumnKind = "text" | "count" | "cents" | "share" | "decimal";
export type ChartColumn = { key: string; label: string; kind: ColumnKind };
export type ChartCell = string | number | null;
export type ChartRow = Record<string, ChartCell>;

export type ChartView = {
  /** Unique on the page; names the CSV file too. */
  id: string;
  title: string;
  /** The chart in a sentence or two: what a reader who cannot see it needs to know. */
  summary: string;
  /** Set when the amounts are money: every amount of one chart is in this currency. */
  currency: string | null;
  chart: "line" | "bar";
  /** The first column is the x axis; these keys are plotted. */
  series: string[];
  columns: ChartColumn[];
  rows: ChartRow[];
};

/** A CSV cell: amounts as decimals in major units (USD, EUR and GBP have cents), shares as percentages. */
function csvValue(value: ChartCell, kind: ColumnKind) {
  if (value === null) return null;
  if (typeof value === "string") return value;
  if (kind === "cents") return centsToDecimal(value);
  if (kind === "share") return (value * 100).toFixed(1);
  return value;
}

const csvHeader = (column: ChartColumn, currency: string | null) => {
  if (column.kind === "cents" && currency) return `${column.label} (${currency})`;
  if (column.kind === "share") return `${column.label} (%)`;
  return column.label;
};

/** RFC 4180 with a byte order mark and the formula guard (lib/documents/csv.ts). */
export function chartCsv(view: Pick<ChartView, "columns" | "rows" | "currency">): string {
  return (
    CSV_BOM +
    csvRow(view.columns.map((column) => csvHeader(column, view.currency))) +
    view.rows.map((row) => csvRow(view.columns.map((column) => csvValue(row[column.key] ?? null, column.kind)))).join("")
  );
}

export const chartCsvFileName = (view: Pick<ChartView, "id">, suffix: string) => `vetted-${view.id}-${suffix}.csv`.replace(/[^a-zA-Z0-9._-]/g, "-");
