import { Prisma } from "@/generated/prisma/client";
import type { LedgerAccountType } from "@/generated/prisma/enums";
import type { Transaction } from "@/lib/db";

// Double-entry bookkeeping. Entries are signed cents (debit +, credit −) and every transaction's
// entries sum to zero. Accounts per contract: client_funding (what the client paid in, negative),
// escrow (held by Vetted, never negative), expert_payable (sent to the expert), client_refunds (paid
// back); platform_revenue per currency. So escrow = funded − released − refunded, by construction.
// platform_expense per currency: what the platform paid from its own balance (trial payouts), credited
// against the contract's expert_payable; it never touches escrow.

export type LedgerAccountRef = { code: string; type: LedgerAccountType; currency: string; contractId: string | null };

export const ledgerAccounts = (contractId: string, currency: string) =>
  ({
    clientFunding: { code: `client_funding:${contractId}`, type: "CLIENT_FUNDING", currency, contractId },
    escrow: { code: `escrow:${contractId}`, type: "ESCROW", currency, contractId },
    expertPayable: { code: `expert_payable:${contractId}`, type: "EXPERT_PAYABLE", currency, contractId },
    clientRefunds: { code: `client_refunds:${contractId}`, type: "CLIENT_REFUNDS", currency, contractId },
    platformRevenue: { code: `platform_revenue:${currency}`, type: "PLATFORM_REVENUE", currency, contractId: null },
    platformExpense: { code: `platform_expense:${currency}`, type: "PLATFORM_EXPENSE", currency, contractId: null },
  }) satisfies Record<string, LedgerAccountRef>;

export type Booking = {
  kind: "funding" | "release" | "refund" | "trial-payout";
  /** Derived from our own ids, e.g. "release:<milestoneId>": a movement is booked once, however often it is retried. */
  idempotencyKey: string;
  description: string;
  contractId: string;
  /** Null for a movement of the whole contract (a trial payout). */
  milestoneId: string | null;
  currency: string;
  entries: { account: LedgerAccountRef; amountCents: number }[];
};

export class LedgerError extends Error {}

/**
 * Books one balanced transaction in the caller's database transaction; returns false when it was booked
 * before. Locks the contract's escrow account first, so concurrent bookings for a contract line up, and
 * refuses (throwing, which rolls everything back) to leave escrow negative.
 */
export async function bookTransaction(tx: Transaction, booking: Booking) {
  const sum = booking.entries.reduce((total, entry) => total + entry.amountCents, 0);
  if (sum !== 0) throw new LedgerError(`unbalanced ledger transaction ${booking.idempotencyKey}: entries sum to ${sum}`);
  for (const entry of booking.entries) {
    if (!Number.isSafeInteger(entry.amountCents)) throw new LedgerError(`non-integer amount in ${booking.idempotencyKey}`);
    if (entry.account.currency !== booking.currency) throw new LedgerError(`currency mismatch in ${booking.idempotencyKey}`);
  }
  const accounts = [...new Map(booking.entries.map(({ account }) => [account.code, account])).values()];
  // INSERT … ON CONFLICT DO NOTHING: two first bookings of an account at once (two milestones of a
  // contract released together) both insert it; the second waits for the first and keeps its row,
  // where a read-then-insert upsert would fail the second on the unique code.
  await tx.ledgerAccount.createMany({ data: accounts, skipDuplicates: true });
  const rows = await tx.ledgerAccount.findMany({
    where: { code: { in: accounts.map((account) => account.code) } },
    select: { id: true, code: true, currency: true },
  });
  const accountIds = new Map<string, string>();
  for (const row of rows) {
    if (row.currency !== booking.currency) throw new LedgerError(`account ${row.code} is in ${row.currency}, not ${booking.currency}`);
    accountIds.set(row.code, row.id);
  }
  const escrowCode = ledgerAccounts(booking.contractId, booking.currency).escrow.code;
  await tx.$executeRaw(Prisma.sql`SELECT id FROM ledger_accounts WHERE code = ${escrowCode} FOR UPDATE`);

  const created = await tx.ledgerTransaction.createMany({
    data: [
      {
        kind: booking.kind,
        description: booking.description,
        idempotencyKey: booking.idempotencyKey,
        contractId: booking.contractId,
        milestoneId: booking.milestoneId,
      },
    ],
    skipDuplicates: true,
  });
  if (!created.count) return false;
  const transaction = await tx.ledgerTransaction.findUniqueOrThrow({ where: { idempotencyKey: booking.idempotencyKey }, select: { id: true } });
  await tx.ledgerEntry.createMany({
    data: booking.entries
      .filter((entry) => entry.amountCents !== 0)
      .map((entry) => ({
        transactionId: transaction.id,
        accountId: accountIds.get(entry.account.code)!,
        amountCents: entry.amountCents,
        currency: booking.currency,
      })),
  });
  const escrow = await accountBalance(tx, escrowCode);
  if (escrow < 0) throw new LedgerError(`escrow of contract ${booking.contractId} would be ${escrow}: refused`);
  return true;
}

export async function accountBalance(tx: Pick<Transaction, "$queryRaw">, code: string) {
  const [row] = await tx.$queryRaw<[{ balance: bigint | null }]>(Prisma.sql`
    SELECT sum(e."amountCents") AS balance FROM ledger_entries e JOIN ledger_accounts a ON a.id = e."accountId" WHERE a.code = ${code}`);
  return Number(row.balance ?? 0);
}
