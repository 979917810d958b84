import { Prisma } from "@/generated/prisma/client";
import { db, type Transaction } from "@/lib/db";
import { type JobKind, type JobPayload, parseJobPayload } from "./kinds";

// A durable job queue in Postgres. Enqueue inside the transaction that changes state, so a timer
// exists exactly when the state that needs it was committed.

/** One job to queue: its payload must be the one its kind declares (lib/jobs/kinds.ts). */
export type NewJob = { [Kind in JobKind]: { kind: Kind; payload: JobPayload<Kind>; runAt: Date; dedupeKey?: string } }[JobKind];

/** A job as stored: its kind and payload are checked before any handler sees them (run-due-jobs.ts). */
export type ClaimedJob = { id: string; kind: string; payload: unknown; attempts: number; maxAttempts: number };

/** Throws InvalidJobPayloadError, queueing nothing, when a payload does not fit its kind. */
export async function enqueueJobs(client: Transaction, jobs: NewJob[]) {
  if (!jobs.length) return;
  const data = jobs.map((job) => ({ kind: job.kind, payload: parseJobPayload(job.kind, job.payload), runAt: job.runAt, dedupeKey: job.dedupeKey ?? null }));
  await client.job.createMany({ data, skipDuplicates: true });
}

/** Claims due jobs under a lease; SKIP LOCKED lets concurrent workers take different jobs. */
export async function claimDueJobs(options: { workerId: string; now: Date; limit: number; leaseMs: number }) {
  const lockedUntil = new Date(options.now.getTime() + options.leaseMs);
  return db.$queryRaw<ClaimedJob[]>(Prisma.sql`
    UPDATE jobs SET "lockedBy" = ${options.workerId}, "lockedUntil" = ${lockedUntil}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM jobs
      WHERE "doneAt" IS NULL AND "failedAt" IS NULL AND "runAt" <= ${options.now}
        AND ("lockedUntil" IS NULL OR "lockedUntil" < ${options.now})
      ORDER BY "runAt"
      LIMIT ${options.limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, kind, payload, attempts, "maxAttempts"`);
}

export async function completeJob(id: string, workerId: string, now: Date) {
  await db.job.updateMany({ where: { id, lockedBy: workerId }, data: { doneAt: now, lockedUntil: null } });
}

const RETRY_BASE_MS = 30_000;

/** Retries with exponential back-off; after maxAttempts the job is marked failed and left for a person. */
export async function failJob(job: ClaimedJob, workerId: string, error: unknown, now: Date) {
  const message = error instanceof Error ? error.message : String(error);
  const isFinal = job.attempts >= job.maxAttempts;
  await db.job.updateMany({
    where: { id: job.id, lockedBy: workerId },
    data: {
      lastError: message.slice(0, 2000),
      lockedUntil: null,
      ...(isFinal ? { failedAt: now } : { runAt: new Date(now.getTime() + RETRY_BASE_MS * 2 ** (job.attempts - 1)) }),
    },
  });
}
