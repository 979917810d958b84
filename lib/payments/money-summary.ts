import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

// What a contract's money did, read from the ledger (never recomputed from milestone statuses):
// funded, held by Vetted, released (= paid to the expert + fees), refunded, fees.

export type MoneySummary = {
  currency: string;
  fundedCents: number;
  heldCents: number;
  releasedCents: number;
  paidToExpertCents: number;
  feesCents: number;
  refundedCents: number;
};

export async function moneySummaries(contracts: { id: string; currency: string }[]) {
  const summaries = new Map<string, MoneySummary>(
    contracts.map((contract) => [
      contract.id,
      { currency: contract.currency, fundedCents: 0, heldCents: 0, releasedCents: 0, paidToExpertCents: 0, feesCents: 0, refundedCents: 0 },
    ]),
  );
  if (!contracts.length) return summaries;
  const rows = await db.$queryRaw<{ contractId: string; type: string; total: bigint }[]>(Prisma.sql`
    SELECT t."contractId", a.type::text AS type, sum(e."amountCents") AS total
    FROM ledger_transactions t
    JOIN ledger_entries e ON e."transactionId" = t.id
    JOIN ledger_accounts a ON a.id = e."accountId"
    WHERE t."contractId" IN (${Prisma.join(contracts.map((contract) => contract.id))})
    GROUP BY t."contractId", a.type`);
  // Trial payouts reach the expert from the platform's own balance: paid to the expert, never released from escrow.
  const trialPaid = new Map<string, number>();
  for (const row of rows) {
    const summary = summaries.get(row.contractId)!;
    if (row.type === "PLATFORM_EXPENSE") trialPaid.set(row.contractId, -Number(row.total));
    const total = Number(row.total);
    if (row.type === "CLIENT_FUNDING") summary.fundedCents = -total;
    if (row.type === "ESCROW") summary.heldCents = total;
    if (row.type === "EXPERT_PAYABLE") summary.paidToExpertCents = total;
    if (row.type === "PLATFORM_REVENUE") summary.feesCents = total;
    if (row.type === "CLIENT_REFUNDS") summary.refundedCents = total;
  }
  for (const [contractId, summary] of summaries) summary.releasedCents = summary.paidToExpertCents - (trialPaid.get(contractId) ?? 0) + summary.feesCents;
  return summaries;
}

export async function moneySummary(contract: { id: string; currency: string }) {
  return (await moneySummaries([contract])).get(contract.id)!;
}
