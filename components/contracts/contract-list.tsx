import Link from "next/link";
import { DateTime } from "@/components/dashboards/date-time";
import { StatusBadge } from "@/components/dashboards/status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import type { Role } from "@/generated/prisma/enums";
import type { ContractSummary } from "@/lib/contracts/list-contracts";
import { formatMoney } from "@/lib/format";

const EMPTY: Record<Role, { title: string; description: string }> = {
  CLIENT: { title: "No contracts yet", description: "Hire an expert from a request's shortlist: your proposal and the contract that follows appear here." },
  EXPERT: { title: "No contracts yet", description: "When a client proposes a contract to you, it appears here for you to accept or decline." },
  ADMIN: { title: "No contracts yet", description: "Contracts appear here as soon as a client proposes one." },
};

type ContractListProps = { contracts: ContractSummary[]; viewerRole: Role; olderHref: string | null };

/** A client sees the expert of each contract, an expert the company, an admin both. */
export function ContractList({ contracts, viewerRole, olderHref }: ContractListProps) {
  if (contracts.length === 0) return <EmptyState {...EMPTY[viewerRole]} />;
  return (
    <div className="space-y-4">
      <Table caption="Contracts, newest first" isCaptionHidden>
        <THead>
          <Tr>
            <Th>Contract</Th>
            {viewerRole !== "EXPERT" && <Th>Expert</Th>}
            {viewerRole !== "CLIENT" && <Th>Client</Th>}
            <Th>Status</Th>
            <Th>Milestones settled</Th>
            <Th className="text-right">Total</Th>
            <Th className="text-right">Held by Vetted</Th>
          </Tr>
        </THead>
        <TBody>
          {contracts.map((contract) => (
            <Tr key={contract.id}>
              <Th scope="row" className="font-medium">
                <Link href={`/contracts/${contract.id}`} className="text-indigo-700 underline-offset-2 hover:underline">
                  {contract.title}
                </Link>
                <span className="block text-xs font-normal text-slate-600">
                  Proposed <DateTime value={contract.proposedAt} isDateOnly />
                </span>
              </Th>
              {viewerRole !== "EXPERT" && <Td>{contract.expertName}</Td>}
              {viewerRole !== "CLIENT" && <Td>{contract.companyName}</Td>}
              <Td>
                <StatusBadge status={contract.status} />
              </Td>
              <Td className="tabular-nums">
                {contract.settledMilestoneCount} of {contract.milestoneCount}
              </Td>
              <Td className="text-right tabular-nums">{formatMoney(contract.totalCents, contract.currency)}</Td>
              <Td className="text-right tabular-nums">{formatMoney(contract.heldCents, contract.currency)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {olderHref && (
        <p>
          <Link href={olderHref} className="text-sm font-medium text-indigo-700 underline underline-offset-2">
            Older contracts
          </Link>
        </p>
      )}
    </div>
  );
}
