import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/sessions/session-user";
import { assertCan } from "@/lib/teams/assert-can";
import { lastMonths, perCurrencyMonths } from "./months";
import { toCount } from "./sql";

// A company's spend chart, for the members who may see billing: per month and currency, what it paid
// in (funded milestones) and what came back (refunds), from its contracts' ledger accounts.

export type SpendChartMonth = { month: string; fundedCents: number; refundedCents: number; netCents: number };
export type SpendChart = { currencies: { currency: string; months: SpendChartMonth[] }[] };

type Row = { month: string; currency: string; funded: bigint | null; refunded: bigint | null };

export async function getSpendChart({ user, now }: { user: SessionUser; now: Date }): Promise<SpendChart> {
  assertCan(user, "viewBilling");
  const window = lastMonths(now);
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT to_char(t."createdAt", 'YYYY-MM') AS month, e.currency,
      -sum(e."amountCents") FILTER (WHERE a.type = 'CLIENT_FUNDING') AS funded,
      sum(e."amountCents") FILTER (WHERE a.type = 'CLIENT_REFUNDS') AS refunded
    FROM ledger_transactions t
    JOIN contracts c ON c.id = t."contractId"
    JOIN ledger_entries e ON e."transactionId" = t.id
    JOIN ledger_accounts a ON a.id = e."accountId"
    WHERE c."companyId" = ${user.companyId} AND a.type IN ('CLIENT_FUNDING', 'CLIENT_REFUNDS')
      AND t."createdAt" >= ${window.start} AND t."createdAt" < ${window.end}
    GROUP BY 1, 2`);
  return {
    currencies: perCurrencyMonths(window, rows, (month, row) => {
      const fundedCents = toCount(row?.funded);
      const refundedCents = toCount(row?.refunded);
      return { month, fundedCents, refundedCents, netCents: fundedCents - refundedCents };
    }),
  };
}
