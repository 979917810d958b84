import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { countJobsByKind } from "./count-jobs";

// The queue as an operator watches it, per kind: the counts the Jobs page shows (count-jobs.ts), less
// the completed ones, and how long the oldest job waiting to run has waited.

export type JobKindStats = { kind: string; due: number; running: number; scheduled: number; failed: number; oldestDueAgeMs: number | null };

/** Queued, due and held by no worker: what waits for the next free worker. */
const waitingToRun = (now: Date) => Prisma.sql`status = 'QUEUED' AND "runAt" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})`;

export async function readQueueStats(now: Date): Promise<JobKindStats[]> {
  const [counts, oldest] = await Promise.all([
    countJobsByKind({ now, completedSince: now }),
    db.$queryRaw<{ kind: string; runAt: Date }[]>(Prisma.sql`SELECT kind, min("runAt") AS "runAt" FROM jobs WHERE ${waitingToRun(now)} GROUP BY kind`),
  ]);
  const oldestRunAt = new Map(oldest.map((row) => [row.kind, row.runAt]));
  return counts.map(({ kind, due, running, scheduled, failed }) => {
    const runAt = oldestRunAt.get(kind);
    return { kind, due, running, scheduled, failed, oldestDueAgeMs: runAt ? Math.max(0, now.getTime() - runAt.getTime()) : null };
  });
}
