import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { InsightsRange } from "./range";
import { byWeek, toCount } from "./sql";

// Money per week, read from the ledger and never summed across currencies: GMV is what clients paid
// in (client_funding is credited on funding), fees what the platform kept on releases, refunds what
// went back to clients. Disputes are counted (opened and resolved), so they need no currency.

export type MoneyWeek = { week: string; gmvCents: number; feesCents: number; refundsCents: number };
export type CurrencyMoney = { currency: string; weeks: MoneyWeek[]; gmvCents: number; feesCents: number; refundsCents: number };
export type DisputeWeek = { week: string; opened: number; resolved: number };
export type MoneyFlow = { currencies: CurrencyMoney[]; disputes: DisputeWeek[] };

type MoneyRow = { week: string; currency: string; gmv: bigint | null; fees: bigint | null; refunds: bigint | null };

export async function measureMoneyFlow(range: InsightsRange): Promise<MoneyFlow> {
  const { start, end } = range;
  const [moneyRows, disputeRows] = await Promise.all([
    db.$queryRaw<MoneyRow[]>(Prisma.sql`
      SELECT to_char(date_trunc('week', t."createdAt"), 'YYYY-MM-DD') AS week, e.currency,
        -sum(e."amountCents") FILTER (WHERE a.type = 'CLIENT_FUNDING') AS gmv,
        sum(e."amountCents") FILTER (WHERE a.type = 'PLATFORM_REVENUE') AS fees,
        sum(e."amountCents") FILTER (WHERE a.type = 'CLIENT_REFUNDS') AS refunds
      FROM ledger_transactions t
      JOIN ledger_entries e ON e."transactionId" = t.id
      JOIN ledger_accounts a ON a.id = e."accountId"
      WHERE t."createdAt" >= ${start} AND t."createdAt" < ${end}
      GROUP BY 1, 2`),
    db.$queryRaw<{ week: string; opened: bigint; resolved: bigint }[]>(Prisma.sql`
      SELECT week, count(*) FILTER (WHERE event = 'opened') AS opened, count(*) FILTER (WHERE event = 'resolved') AS resolved
      FROM (
        SELECT to_char(date_trunc('week', "createdAt"), 'YYYY-MM-DD') AS week, 'opened' AS event FROM disputes WHERE "createdAt" >= ${start} AND "createdAt" < ${end}
        UNION ALL
        SELECT to_char(date_trunc('week', "resolvedAt"), 'YYYY-MM-DD'), 'resolved' FROM disputes WHERE "resolvedAt" >= ${start} AND "resolvedAt" < ${end}
      ) events GROUP BY 1`),
  ]);
  const currencies = [...new Set(moneyRows.map((row) => row.currency))].sort();
  return {
    currencies: currencies.map((currency) => {
      const weeks = byWeek(
        range,
        moneyRows.filter((row) => row.currency === currency),
        (week, row) => ({ week, gmvCents: toCount(row?.gmv), feesCents: toCount(row?.fees), refundsCents: toCount(row?.refunds) }),
      );
      const total = (key: "gmvCents" | "feesCents" | "refundsCents") => weeks.reduce((sum, week) => sum + week[key], 0);
      return { currency, weeks, gmvCents: total("gmvCents"), feesCents: total("feesCents"), refundsCents: total("refundsCents") };
    }),
    disputes: byWeek(range, disputeRows, (week, row) => ({ week, opened: toCount(row?.opened), resolved: toCount(row?.resolved) })),
  };
}
