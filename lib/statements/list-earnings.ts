import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/sessions/session-user";
import { expertProfileIdOf } from "./expert-of";
import { monthOf, monthsBetween } from "./months";
import { readStatementData, type StatementTotals } from "./statement-data";
import { STATEMENT_VIEW_SELECT, type StatementView, toStatementView } from "./statement-view";

/** The earnings page lists this many months at most, newest first. */
export const MONTHS_LISTED = 36;

export type MonthTotal = { currency: string; releasedCents: number; feesCents: number; netCents: number };

export type EarningsMonth = {
  month: string;
  isCurrent: boolean;
  totals: MonthTotal[];
  /** The newest statement made for the month, if any. */
  statement: StatementView | null;
  /** A booking or payout of the month changed after its statement was made: asking again makes a new one. */
  isOutdated: boolean;
};

export type Earnings = { currentMonth: { month: string; totals: StatementTotals[] }; months: EarningsMonth[] };

type MonthRow = { month: string; currency: string; released: bigint; fees: bigint; net: bigint; lastChangeAt: Date };

/** The expert's months (UTC) from their first booking to now, each with its net earnings and newest statement. */
export async function listEarnings({ user, now }: { user: SessionUser; now: Date }): Promise<Earnings> {
  const expertProfileId = expertProfileIdOf(user);
  const currentMonth = monthOf(now);
  const [bookedRows, payoutRows, statements, current] = await Promise.all([
    db.$queryRaw<MonthRow[]>(Prisma.sql`
      SELECT to_char(t."createdAt", 'YYYY-MM') AS month, e.currency,
        coalesce(sum(e."amountCents") FILTER (WHERE a.type IN ('EXPERT_PAYABLE', 'PLATFORM_REVENUE')), 0) AS released,
        coalesce(sum(e."amountCents") FILTER (WHERE a.type = 'PLATFORM_REVENUE'), 0) AS fees,
        coalesce(sum(e."amountCents") FILTER (WHERE a.type = 'EXPERT_PAYABLE'), 0) AS net,
        max(t."createdAt") AS "lastChangeAt"
      FROM ledger_transactions t
      JOIN contracts c ON c.id = t."contractId"
      JOIN ledger_entries e ON e."transactionId" = t.id
      JOIN ledger_accounts a ON a.id = e."accountId"
      WHERE c."expertProfileId" = ${expertProfileId}
      GROUP BY 1, 2`),
    db.$queryRaw<{ month: string; lastChangeAt: Date }[]>(Prisma.sql`
      SELECT to_char(coalesce(lt."createdAt", tr."createdAt"), 'YYYY-MM') AS month, max(tr."updatedAt") AS "lastChangeAt"
      FROM transfers tr
      JOIN milestones m ON m.id = tr."milestoneId"
      JOIN contracts c ON c.id = m."contractId"
      LEFT JOIN ledger_transactions lt ON lt."idempotencyKey" = tr."idempotencyKey"
      WHERE c."expertProfileId" = ${expertProfileId}
      GROUP BY 1`),
    db.earningsStatement.findMany({
      where: { expertProfileId },
      distinct: ["month"],
      orderBy: [{ month: "desc" }, { createdAt: "desc" }],
      take: MONTHS_LISTED,
      select: STATEMENT_VIEW_SELECT,
    }),
    readStatementData(expertProfileId, currentMonth),
  ]);

  const lastChange = new Map<string, Date>();
  const noteChange = (month: string, at: Date) => {
    const known = lastChange.get(month);
    if (!known || at > known) lastChange.set(month, at);
  };
  const totals = new Map<string, MonthTotal[]>();
  for (const row of bookedRows) {
    noteChange(row.month, row.lastChangeAt);
    const released = Number(row.released);
    if (!released) continue;
    totals.set(row.month, [
      ...(totals.get(row.month) ?? []),
      { currency: row.currency, releasedCents: released, feesCents: Number(row.fees), netCents: Number(row.net) },
    ]);
  }
  for (const row of payoutRows) noteChange(row.month, row.lastChangeAt);

  const statementByMonth = new Map(statements.map((statement) => [statement.month, statement]));
  const firstMonth = [...lastChange.keys(), ...statementByMonth.keys(), currentMonth].sort()[0];
  const months = monthsBetween(new Date(`${firstMonth}-01T00:00:00.000Z`), now)
    .slice(0, MONTHS_LISTED)
    .map((month) => {
      const statement = statementByMonth.get(month);
      const changedAt = lastChange.get(month);
      return {
        month,
        isCurrent: month === currentMonth,
        totals: (totals.get(month) ?? []).sort((left, right) => left.currency.localeCompare(right.currency)),
        statement: statement ? toStatementView(statement) : null,
        isOutdated: Boolean(statement && statement.status === "READY" && changedAt && changedAt > (statement.startedAt ?? statement.createdAt)),
      };
    });
  return { currentMonth: { month: currentMonth, totals: current.totals }, months };
}
