import type { ExpertDashboard } from "@/lib/dashboards/get-expert-dashboard";
import { DashboardSection } from "../dashboard-section";
import { DateTime } from "../date-time";
import { StatusBadge } from "../status-badge";

export function VettingHistory({ decisions }: { decisions: ExpertDashboard["vettingHistory"] }) {
  return (
    <DashboardSection title="Vetting history">
      {decisions.length === 0 ? (
        <p className="text-sm text-slate-600">No decisions yet. Each step of your review will be listed here.</p>
      ) : (
        <ol className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          {decisions.map((decision) => (
            <li key={decision.id} className="px-4 py-3 text-sm">
              <p className="flex flex-wrap items-center gap-2 text-slate-700">
                <StatusBadge status={decision.fromStatus} />
                <span aria-hidden="true">→</span>
                <span className="sr-only">to</span>
                <StatusBadge status={decision.toStatus} />
                <span className="text-slate-600">
                  on <DateTime value={decision.createdAt} />
                </span>
              </p>
              {decision.reason && <p className="mt-2 text-slate-700">Reason: {decision.reason}</p>}
            </li>
          ))}
        </ol>
      )}
    </DashboardSection>
  );
}
