import type { Metadata } from "next";
import { ContractsPage } from "@/components/contracts/contracts-page";
import { MonthlyCharts } from "@/components/insights/monthly-charts";
import { CurrentMonthSummary } from "@/components/statements/current-month-summary";
import { EarningsPanel } from "@/components/statements/earnings-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { now } from "@/lib/clock";
import { getEarningsChart } from "@/lib/insights/expert-earnings";
import { earningsViews } from "@/lib/insights/personal-chart-views";
import { listEarnings } from "@/lib/statements/list-earnings";
import type { StatementView } from "@/lib/statements/statement-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Earnings" };

const statementJson = (statement: StatementView | null) =>
  statement && { ...statement, createdAt: statement.createdAt.toISOString(), readyAt: statement.readyAt?.toISOString() ?? null };

export default async function EarningsPage() {
  const user = await requirePageUser({ path: "/expert/earnings", roles: ["EXPERT"] });
  const at = now();
  const [earnings, chart] = await Promise.all([listEarnings({ user, now: at }), getEarningsChart({ user, now: at })]);
  return (
    <ContractsPage>
      <PageHeader
        title="Earnings"
        description="What you earned each calendar month (UTC), and a statement per month as PDF and CSV: every release, the platform fee, the net paid to your Stripe account, and what Vetted held for your contracts."
      />
      <CurrentMonthSummary month={earnings.currentMonth.month} totals={earnings.currentMonth.totals} />
      <MonthlyCharts
        id="earnings-chart-heading"
        heading="Earnings over the last 12 months"
        views={earningsViews(chart)}
        emptyText="Nothing was released on your contracts in the last 12 months yet."
        fileSuffix={at.toISOString().slice(0, 7)}
      />
      <EarningsPanel earnings={{ ...earnings, months: earnings.months.map((month) => ({ ...month, statement: statementJson(month.statement) })) }} />
    </ContractsPage>
  );
}
