import Link from "next/link";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import { formatMoney } from "@/lib/format";
import { StatusBadge } from "./status-badge";

export type ContractRow = {
  id: string;
  title: string;
  counterpartName: string;
  status: Parameters<typeof StatusBadge>[0]["status"];
  totalCents: number;
  currency: string;
};

/** Contracts seen from one side: the counterpart is the expert for a client, the company for an expert. */
export function ContractsTable({ contracts, counterpart }: { contracts: ContractRow[]; counterpart: "Expert" | "Client" }) {
  return (
    <Table caption={`Active contracts by ${counterpart.toLowerCase()}, status and total`} isCaptionHidden>
      <THead>
        <Tr>
          <Th>Contract</Th>
          <Th>{counterpart}</Th>
          <Th>Status</Th>
          <Th className="text-right">Total</Th>
        </Tr>
      </THead>
      <TBody>
        {contracts.map((contract) => (
          <Tr key={contract.id}>
            <Th scope="row" className="font-medium">
              <Link href={`/contracts/${contract.id}`} className="text-indigo-700 underline-offset-2 hover:underline">
                {contract.title}
              </Link>
            </Th>
            <Td>{contract.counterpartName}</Td>
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
