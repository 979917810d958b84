import type { Transaction } from "@/lib/db";

/** A contract's total is the sum of its fixed milestones: bonuses and hourly weeks are billed on top of it. */
export async function syncContractTotal(tx: Transaction, contractId: string) {
  const fixed = await tx.milestone.aggregate({ where: { contractId, kind: "FIXED" }, _sum: { amountCents: true } });
  await tx.contract.update({ where: { id: contractId }, data: { totalCents: fixed._sum.amountCents ?? 0 } });
}
