import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/payments/access";
import { listPaymentsUnderReview } from "./list-payments-under-review";
import { LEDGER_TRANSACTIONS_PAGE_SIZE, type ledgerQuerySchema } from "./schemas";

export type LedgerTotals = {
  currency: string;
  fundedCents: number;
  heldCents: number;
  releasedCents: number;
  feesCents: number;
  refundedCents: number;
  trialPayoutsCents: number;
};

const TRIAL_PAYOUTS_SHOWN = 50;
export type LedgerOverview = Awaited<ReturnType<typeof getLedgerOverview>>;

/** The ledger for admins: totals per currency read from the entries, payments held for review, and the latest transactions with their entries, paged. */
export async function getLedgerOverview({ user, query }: { user: SessionUser; query: z.infer<typeof ledgerQuerySchema> }) {
  assertAdmin(user);
  const { contractId, page } = query;
  const where: Prisma.LedgerTransactionWhereInput = contractId ? { contractId } : {};
  const [totals, underReview, trialPayouts, total, transactions] = await Promise.all([
    totalsByCurrency(),
    listPaymentsUnderReview(),
    db.trialPayout.findMany({
      where: contractId ? { contractId } : {},
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: TRIAL_PAYOUTS_SHOWN,
      select: {
        id: true,
        contractId: true,
        amountCents: true,
        submittedCents: true,
        currency: true,
        status: true,
        stripeTransferId: true,
        createdAt: true,
        contract: { select: { title: true } },
      },
    }),
    db.ledgerTransaction.count({ where }),
    db.ledgerTransaction.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * LEDGER_TRANSACTIONS_PAGE_SIZE,
      take: LEDGER_TRANSACTIONS_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        description: true,
        idempotencyKey: true,
        contractId: true,
        milestoneId: true,
        createdAt: true,
        entries: {
          orderBy: [{ amountCents: "desc" }, { id: "asc" }],
          select: { id: true, amountCents: true, currency: true, account: { select: { code: true, type: true } } },
        },
      },
    }),
  ]);
  const contractIds = [...new Set(transactions.flatMap((transaction) => (transaction.contractId ? [transaction.contractId] : [])))];
  const contracts = contractIds.length ? await db.contract.findMany({ where: { id: { in: contractIds } }, select: { id: true, title: true } }) : [];
  const titles = new Map(contracts.map((contract) => [contract.id, contract.title]));
  return {
    totals,
    underReview,
    trialPayouts: trialPayouts.map(({ contract, ...payout }) => ({ ...payout, contractTitle: contract.title })),
    transactions: transactions.map(({ entries, ...transaction }) => ({
      ...transaction,
      contractTitle: transaction.contractId ? (titles.get(transaction.contractId) ?? null) : null,
      currency: entries[0]?.currency ?? null,
      entries: entries.map((entry) => ({ id: entry.id, accountCode: entry.account.code, accountType: entry.account.type, amountCents: entry.amountCents })),
    })),
    contractId: contractId ?? null,
    page,
    pageSize: LEDGER_TRANSACTIONS_PAGE_SIZE,
    total,
  };
}

/** Signs as booked (debit +, credit −): what clients paid in is the credit on their funding accounts. */
async function totalsByCurrency(): Promise<LedgerTotals[]> {
  const rows = await db.$queryRaw<{ currency: string; type: string; total: bigint }[]>(Prisma.sql`
    SELECT a.currency, a.type::text AS type, sum(e."amountCents") AS total
    FROM ledger_entries e JOIN ledger_accounts a ON a.id = e."accountId"
    GROUP BY a.currency, a.type
    ORDER BY a.currency`);
  const totals = new Map<string, LedgerTotals>();
  for (const row of rows) {
    const entry = totals.get(row.currency) ?? {
      currency: row.currency,
      fundedCents: 0,
      heldCents: 0,
      releasedCents: 0,
      feesCents: 0,
      refundedCents: 0,
      trialPayoutsCents: 0,
    };
    const amount = Number(row.total);
    if (row.type === "CLIENT_FUNDING") entry.fundedCents = -amount;
    if (row.type === "ESCROW") entry.heldCents = amount;
    if (row.type === "EXPERT_PAYABLE" || row.type === "PLATFORM_REVENUE") entry.releasedCents += amount;
    if (row.type === "PLATFORM_REVENUE") entry.feesCents = amount;
    if (row.type === "CLIENT_REFUNDS") entry.refundedCents = amount;
    // Trial payouts reach the expert payable from the platform's own balance, not from escrow.
    if (row.type === "PLATFORM_EXPENSE") {
      entry.trialPayoutsCents = -amount;
      entry.releasedCents += amount;
    }
    totals.set(row.currency, entry);
  }
  return [...totals.values()];
}
