import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

// The queue as an operator watches it, per kind: jobs waiting to run (due, and not held by a worker),
// jobs a worker holds now, timers not yet due, the age of the oldest job waiting, and failed jobs
// left for a person. One query over the jobs table.

export type JobKindStats = { kind: string; due: number; running: number; scheduled: number; failed: number; oldestDueAgeMs: number | null };

type Row = { kind: string; due: bigint; running: bigint; scheduled: bigint; failed: bigint; oldestDueRunAt: Date | null };

export async function readQueueStats(now: Date): Promise<JobKindStats[]> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT kind,
      count(*) FILTER (WHERE "doneAt" IS NULL AND "failedAt" IS NULL AND "runAt" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})) AS due,
      count(*) FILTER (WHERE "doneAt" IS NULL AND "failedAt" IS NULL AND "lockedUntil" >= ${now}) AS running,
      count(*) FILTER (WHERE "doneAt" IS NULL AND "failedAt" IS NULL AND "runAt" > ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})) AS scheduled,
      count(*) FILTER (WHERE "failedAt" IS NOT NULL) AS failed,
      min("runAt") FILTER (WHERE "doneAt" IS NULL AND "failedAt" IS NULL AND "runAt" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})) AS "oldestDueRunAt"
    FROM jobs
    WHERE "doneAt" IS NULL
    GROUP BY kind
    ORDER BY kind`);
  return rows.map((row) => ({
    kind: row.kind,
    due: Number(row.due),
    running: Number(row.running),
    scheduled: Number(row.scheduled),
    failed: Number(row.failed),
    oldestDueAgeMs: row.oldestDueRunAt ? Math.max(0, now.getTime() - row.oldestDueRunAt.getTime()) : null,
  }));
}

/** How long the oldest job waiting to run has waited, over every kind (null: none waits). */
export async function readQueueLagMs(now: Date): Promise<number | null> {
  const [row] = await db.$queryRaw<{ oldest: Date | null }[]>(Prisma.sql`
    SELECT min("runAt") AS oldest FROM jobs
    WHERE "doneAt" IS NULL AND "failedAt" IS NULL AND "runAt" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})`);
  return row?.oldest ? Math.max(0, now.getTime() - row.oldest.getTime()) : null;
}
