import { formatMoney } from "@/lib/format";
import type { ChartView } from "./chart-table";
import type { SpendChart } from "./client-spend";
import type { EarningsChart } from "./expert-earnings";

// The expert's earnings and the company's spend as charts: one per currency, a bar per month.

const sumOf = <T>(items: readonly T[], pick: (item: T) => number) => items.reduce((total, item) => total + pick(item), 0);

export const earningsViews = (chart: EarningsChart): ChartView[] =>
  chart.currencies.map(({ currency, months }) => ({
    id: `earnings-${currency.toLowerCase()}`,
    title: `Earnings per month in ${currency}`,
    summary: `Over the last ${months.length} months: ${formatMoney(
      sumOf(months, (month) => month.releasedCents),
      currency,
    )} released on your contracts (before the platform fee) and ${formatMoney(
      sumOf(months, (month) => month.paidCents),
      currency,
    )} paid to your Stripe account.`,
    currency,
    chart: "bar",
    series: ["releasedCents", "paidCents"],
    columns: [
      { key: "month", label: "Month", kind: "text" },
      { key: "releasedCents", label: "Released", kind: "cents" },
      { key: "paidCents", label: "Paid out", kind: "cents" },
    ],
    rows: months,
  }));

export const spendViews = (chart: SpendChart): ChartView[] =>
  chart.currencies.map(({ currency, months }) => ({
    id: `spend-${currency.toLowerCase()}`,
    title: `Spend per month in ${currency}`,
    summary: `Over the last ${months.length} months: ${formatMoney(
      sumOf(months, (month) => month.fundedCents),
      currency,
    )} paid in, ${formatMoney(
      sumOf(months, (month) => month.refundedCents),
      currency,
    )} refunded, ${formatMoney(
      sumOf(months, (month) => month.netCents),
      currency,
    )} net.`,
    currency,
    chart: "bar",
    series: ["fundedCents", "refundedCents"],
    columns: [
      { key: "month", label: "Month", kind: "text" },
      { key: "fundedCents", label: "Paid in", kind: "cents" },
      { key: "refundedCents", label: "Refunded", kind: "cents" },
      { key: "netCents", label: "Net", kind: "cents" },
    ],
    rows: months,
  }));
