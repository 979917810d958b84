import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { InsightsRange } from "./range";
import { byWeek, toCount } from "./sql";

// Contracts running at the end of each week (accepted before it ends, not ended, completed or
// cancelled by then), and how many started and ended during it.

export type ContractsWeek = { week: string; active: number; started: number; ended: number };

export async function measureActiveContracts(range: InsightsRange): Promise<ContractsWeek[]> {
  const rows = await db.$queryRaw<{ week: string; active: bigint; started: bigint; ended: bigint }[]>(Prisma.sql`
    WITH weeks AS (
      SELECT week, week + interval '7 days' AS week_end
      FROM generate_series(date_trunc('week', ${range.start}::timestamp), ${range.end}::timestamp - interval '1 microsecond', interval '7 days') AS week
    ),
    spans AS (
      SELECT "acceptedAt" AS started_at, coalesce("endedAt", "completedAt", "cancelledAt") AS ended_at
      FROM contracts
      WHERE "acceptedAt" IS NOT NULL AND "acceptedAt" < ${range.end}
        AND coalesce("endedAt", "completedAt", "cancelledAt", 'infinity'::timestamp) >= date_trunc('week', ${range.start}::timestamp)
    )
    SELECT to_char(w.week, 'YYYY-MM-DD') AS week,
      count(s.started_at) FILTER (WHERE s.started_at < w.week_end AND (s.ended_at IS NULL OR s.ended_at >= w.week_end)) AS active,
      count(s.started_at) FILTER (WHERE s.started_at >= w.week AND s.started_at < w.week_end) AS started,
      count(s.started_at) FILTER (WHERE s.ended_at >= w.week AND s.ended_at < w.week_end) AS ended
    FROM weeks w LEFT JOIN spans s ON s.started_at < w.week_end AND (s.ended_at IS NULL OR s.ended_at >= w.week)
    GROUP BY w.week`);
  return byWeek(range, rows, (week, row) => ({ week, active: toCount(row?.active), started: toCount(row?.started), ended: toCount(row?.ended) }));
}
