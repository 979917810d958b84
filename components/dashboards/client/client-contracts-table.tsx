import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatMoney } from "@/lib/dashboards/format";
import type { ClientDashboard } from "@/lib/dashboards/get-client-dashboard";
import { StatusBadge } from "../status-badge";

export function ClientContractsTable({ contracts }: { contracts: ClientDashboard["activeContracts"] }) {
  return (
    <Table caption="Active contracts by expert, status and total" isCaptionHidden>
      <THead>
        <Tr>
          <Th>Contract</Th>
          <Th>Expert</Th>
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
            <Td>{contract.expertName}</Td>
            <Td>
              <StatusBadge status={contract.status} />
            </Td>
            <Td className="text-right tabular-nums">{formatMoney(contract.totalCents, contract.currency)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
