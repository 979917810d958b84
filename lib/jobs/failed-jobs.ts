import { Prisma } from "@/generated/prisma/client";
import type { JobStatus } from "@/generated/prisma/enums";
import { db, type Transaction } from "@/lib/db";

// What a person can do with a failed job: look at it, run it again from scratch, or throw it away.
// Callers lock the row first (lockJob) inside their transaction, so that of two clicks at once the
// second sees what the first did.

export const FAILED_JOB_SELECT = {
  id: true,
  kind: true,
  payload: true,
  attempts: true,
  maxAttempts: true,
  lastError: true,
  failedAt: true,
  createdAt: true,
} as const;

/** Failed jobs, the most recent failure first. */
export async function listFailedJobs({ skip, take }: { skip: number; take: number }) {
  const where = { status: "FAILED" } as const;
  const [total, jobs] = await Promise.all([
    db.job.count({ where }),
    db.job.findMany({ where, orderBy: [{ failedAt: "desc" }, { id: "desc" }], skip, take, select: FAILED_JOB_SELECT }),
  ]);
  return { total, jobs };
}

export type LockedJob = {
  id: string;
  kind: string;
  status: JobStatus;
  payload: Prisma.JsonValue;
  attempts: number;
  lastError: string | null;
  failedAt: Date | null;
  runAt: Date;
  lockedUntil: Date | null;
};

/** The job, locked until the transaction ends; null when there is no such job (any more). */
export async function lockJob(tx: Transaction, id: string): Promise<LockedJob | null> {
  const [job] = await tx.$queryRaw<LockedJob[]>(Prisma.sql`
    SELECT id, kind, status, payload, attempts, "lastError", "failedAt", "runAt", "lockedUntil" FROM jobs WHERE id = ${id} FOR UPDATE`);
  return job ?? null;
}

/** A failed job queued again to run at `now`, with all its attempts ahead of it. */
export function requeueFailedJob(tx: Transaction, id: string, now: Date) {
  return tx.job.update({
    where: { id, status: "FAILED" },
    data: { status: "QUEUED", runAt: now, attempts: 0, failedAt: null, lastError: null, lockedBy: null, lockedUntil: null },
    select: { id: true, kind: true, status: true, runAt: true, lockedUntil: true },
  });
}

export function deleteFailedJob(tx: Transaction, id: string) {
  return tx.job.delete({ where: { id, status: "FAILED" }, select: { id: true } });
}
