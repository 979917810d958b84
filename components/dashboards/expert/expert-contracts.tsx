import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatMoney } from "@/lib/dashboards/format";
import type { ExpertDashboard } from "@/lib/dashboards/get-expert-dashboard";
import { DashboardSection } from "../dashboard-section";
import { StatusBadge } from "../status-badge";

export function ExpertContracts({ contracts }: { contracts: ExpertDashboard["activeContracts"] }) {
  return (
    <DashboardSection title="Active contracts">
      {contracts.length === 0 ? (
        <p className="text-sm text-slate-600">No active contracts. When a client hires you, the contract shows here.</p>
      ) : (
        <Table caption="Active contracts by client, status and total" isCaptionHidden>
          <THead>
            <Tr>
              <Th>Contract</Th>
              <Th>Client</Th>
              <Th>Status</Th>
              <Th className="text-right">Total</Th>
            </Tr>
          </THead>
          <TBody>
            {contracts.map((contract) => (
              <Tr key={contract.id}>
                <Th scope="row" className="font-medium">
                  {contract.title}
                </Th>
                <Td>{contract.companyName}</Td>
                <Td>
                  <StatusBadge status={contract.status} />
                </Td>
                <Td className="text-right tabular-nums">{formatMoney(contract.totalCents, contract.currency)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </DashboardSection>
  );
}
