import type { ExpertDashboard } from "@/lib/dashboards/get-expert-dashboard";
import { formatMoney } from "@/lib/format";
import { DashboardSection } from "../dashboard-section";
import { type Stat, StatList } from "../stat-list";

type ExpertEarningsProps = Pick<ExpertDashboard, "earnings" | "pendingInEscrow"> & { payoutsEnabled: boolean };

export function ExpertEarnings({ earnings, pendingInEscrow, payoutsEnabled }: ExpertEarningsProps) {
  const stats: Stat[] = [
    ...earnings.map((row) => ({
      label: `Earned (${row.currency})`,
      value: formatMoney(row.earnedCents, row.currency),
      hint: "Paid out after the platform fee",
    })),
    ...pendingInEscrow.map((row) => ({
      label: `Held for you (${row.currency})`,
      value: formatMoney(row.inEscrowCents, row.currency),
      hint: "Funded by clients, before the platform fee",
    })),
  ];
  return (
    <DashboardSection title="Earnings" description={payoutsEnabled ? undefined : "Set up payouts to your bank account to receive released payments."}>
      {stats.length === 0 ? (
        <p className="text-sm text-slate-600">No earnings yet. Payments are released to you when a client approves a milestone.</p>
      ) : (
        <StatList stats={stats} />
      )}
    </DashboardSection>
  );
}
