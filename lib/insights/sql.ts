import type { InsightsRange } from "./range";

// Shared by the metric families: weekly buckets come back from SQL as text (YYYY-MM-DD of the Monday),
// and weeks without rows are filled with zeros here, so every chart has one point per week.

export const toCount = (value: bigint | number | null | undefined) => Number(value ?? 0);

export function byWeek<Row extends { week: string }, Point>(range: InsightsRange, rows: Row[], point: (week: string, row: Row | undefined) => Point): Point[] {
  const found = new Map(rows.map((row) => [row.week, row]));
  return range.weeks.map((week) => point(week, found.get(week)));
}

export const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
