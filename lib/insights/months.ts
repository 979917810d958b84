// The earnings and spend charts: the last 12 calendar months in UTC (the statements' months), oldest first.

export const CHART_MONTHS = 12;

export type MonthWindow = { months: string[]; start: Date; end: Date };

const monthKey = (date: Date) => date.toISOString().slice(0, 7);

export function lastMonths(now: Date, count = CHART_MONTHS): MonthWindow {
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back--) months.push(monthKey(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1))));
  return {
    months,
    start: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1), 1)),
    end: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)),
  };
}

/** One series per currency, a point per month (zeros where nothing happened); currencies never summed. */
export function perCurrencyMonths<Row extends { month: string; currency: string }, Point>(
  window: MonthWindow,
  rows: Row[],
  point: (month: string, row: Row | undefined) => Point,
): { currency: string; months: Point[] }[] {
  const currencies = [...new Set(rows.map((row) => row.currency))].sort();
  return currencies.map((currency) => {
    const found = new Map(rows.filter((row) => row.currency === currency).map((row) => [row.month, row]));
    return { currency, months: window.months.map((month) => point(month, found.get(month))) };
  });
}
