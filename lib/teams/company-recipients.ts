import type { Transaction } from "@/lib/db";
import { type CompanyAbility, companyRolesWith } from "./permissions";

// Who hears about an event on the client side: the company's members whose role concerns it (work to
// review → those who approve work; money moved → owners and finance), not only whoever proposed or
// raised the record.

type Of = { companyId: string } | { contractId: string } | { requestId: string };

export async function companyRecipients(tx: Transaction, of: Of, abilities: readonly CompanyAbility[]): Promise<string[]> {
  const roles = [...new Set(abilities.flatMap((ability) => companyRolesWith(ability)))];
  const company =
    "companyId" in of
      ? { id: of.companyId }
      : "contractId" in of
        ? { contracts: { some: { id: of.contractId } } }
        : { requests: { some: { id: of.requestId } } };
  const members = await tx.companyMember.findMany({ where: { company, role: { in: roles } }, select: { userId: true }, orderBy: { createdAt: "asc" } });
  return members.map((member) => member.userId);
}
