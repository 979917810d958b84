import type { ClientDashboard } from "@/lib/dashboards/get-client-dashboard";
import { formatMoney } from "@/lib/format";
import { DashboardSection } from "../dashboard-section";
import { StatList } from "../stat-list";

export function ClientMoneySummary({ money }: { money: ClientDashboard["money"] }) {
  return (
    <DashboardSection title="Payments" description="Money you fund is held by Vetted until you approve the work.">
      {money.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing funded yet. You fund each milestone when you're ready for the expert to start it.</p>
      ) : (
        money.map((totals) => (
          <StatList
            key={totals.currency}
            stats={[
              { label: `Held by Vetted (${totals.currency})`, value: formatMoney(totals.inEscrowCents, totals.currency), hint: "Until you approve" },
              { label: `Released (${totals.currency})`, value: formatMoney(totals.releasedCents, totals.currency), hint: "Paid for approved work" },
              { label: `Refunded (${totals.currency})`, value: formatMoney(totals.refundedCents, totals.currency), hint: "Returned to you" },
            ]}
          />
        ))
      )}
    </DashboardSection>
  );
}
