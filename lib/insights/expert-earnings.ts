import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/sessions/session-user";
import { lastMonths, perCurrencyMonths } from "./months";
import { toCount } from "./sql";

// An expert's own earnings chart: per month and currency, what was released on their contracts
// (before the platform fee, as on their statements) and what reached their Stripe account (paid transfers).

export type EarningsChartMonth = { month: string; releasedCents: number; paidCents: number };
export type EarningsChart = { currencies: { currency: string; months: EarningsChartMonth[] }[] };

type Row = { month: string; currency: string; released: bigint | null; paid: bigint | null };

export async function getEarningsChart({ user, now }: { user: SessionUser; now: Date }): Promise<EarningsChart> {
  if (user.role !== "EXPERT" || !user.expertProfileId) throw new AppError("FORBIDDEN", "Only experts have an earnings chart.");
  const window = lastMonths(now);
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT month, currency, sum(released) AS released, sum(paid) AS paid FROM (
      SELECT to_char(t."createdAt", 'YYYY-MM') AS month, e.currency, e."amountCents" AS released, 0 AS paid
      FROM ledger_transactions t
      JOIN contracts c ON c.id = t."contractId"
      JOIN ledger_entries e ON e."transactionId" = t.id
      JOIN ledger_accounts a ON a.id = e."accountId"
      WHERE c."expertProfileId" = ${user.expertProfileId} AND a.type IN ('EXPERT_PAYABLE', 'PLATFORM_REVENUE')
        AND t."createdAt" >= ${window.start} AND t."createdAt" < ${window.end}
      UNION ALL
      SELECT to_char(tr."createdAt", 'YYYY-MM'), tr.currency, 0, tr."amountCents"
      FROM transfers tr
      JOIN milestones m ON m.id = tr."milestoneId"
      JOIN contracts c ON c.id = m."contractId"
      WHERE c."expertProfileId" = ${user.expertProfileId} AND tr.status = 'PAID'
        AND tr."createdAt" >= ${window.start} AND tr."createdAt" < ${window.end}
    ) money GROUP BY 1, 2`);
  return {
    currencies: perCurrencyMonths(window, rows, (month, row) => ({ month, releasedCents: toCount(row?.released), paidCents: toCount(row?.paid) })),
  };
}
