import type { ExpertDashboard } from "@/lib/dashboards/get-expert-dashboard";
import { ContractsTable } from "../contracts-table";
import { DashboardSection } from "../dashboard-section";

export function ExpertContracts({ contracts }: { contracts: ExpertDashboard["activeContracts"] }) {
  return (
    <DashboardSection title="Active contracts">
      {contracts.length === 0 ? (
        <p className="text-sm text-slate-600">No active contracts. When a client hires you, the contract shows here.</p>
      ) : (
        <ContractsTable counterpart="Client" contracts={contracts.map((contract) => ({ ...contract, counterpartName: contract.companyName }))} />
      )}
    </DashboardSection>
  );
}
