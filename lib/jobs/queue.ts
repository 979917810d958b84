import { Prisma } from "@/generated/prisma/client";
import { db, type Transaction } from "@/lib/db";
import { type JobKind, type JobPayload, nextRunOf, parseJobPayload } from "./kinds";

// A durable job queue in Postgres. Enqueue inside the transaction that changes state, so a timer
// exists exactly when the state that needs it was committed. A job is QUEUED until it completes or
// fails for good; while a worker holds its lease it is running.

/** One job to queue: its payload must be the one its kind declares (lib/jobs/kinds.ts). */
export type NewJob = { [Kind in JobKind]: { kind: Kind; payload: JobPayload<Kind>; runAt: Date; dedupeKey?: string } }[JobKind];

/** A job as stored: its kind and payload are checked before any handler sees them (run-due-jobs.ts). */
export type ClaimedJob = { id: string; kind: string; payload: unknown; attempts: number; maxAttempts: number };

/** What lastError says of a job whose worker stopped during its last attempt. */
export const ABANDONED_LAST_ATTEMPT = "The worker running its last attempt stopped before it finished.";

const MAX_ERROR_LENGTH = 2000;
const ABANDONED_BATCH = 100;

/** Throws InvalidJobPayloadError, queueing nothing, when a payload does not fit its kind: a caller's bug, not a job's failure. */
export async function enqueueJobs(client: Transaction, jobs: NewJob[]) {
  if (!jobs.length) return;
  const data = jobs.map((job) => ({ kind: job.kind, payload: parseJobPayload(job.kind, job.payload), runAt: job.runAt, dedupeKey: job.dedupeKey ?? null }));
  await client.job.createMany({ data, skipDuplicates: true });
}

/** Claims due jobs with attempts left under a lease; SKIP LOCKED lets concurrent workers take different jobs. */
export async function claimDueJobs(options: { workerId: string; now: Date; limit: number; leaseMs: number }) {
  const lockedUntil = new Date(options.now.getTime() + options.leaseMs);
  return db.$queryRaw<ClaimedJob[]>(Prisma.sql`
    UPDATE jobs SET "lockedBy" = ${options.workerId}, "lockedUntil" = ${lockedUntil}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM jobs
      WHERE status = 'QUEUED' AND "runAt" <= ${options.now} AND attempts < "maxAttempts"
        AND ("lockedUntil" IS NULL OR "lockedUntil" < ${options.now})
      ORDER BY "runAt"
      LIMIT ${options.limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, kind, payload, attempts, "maxAttempts"`);
}

/**
 * A job whose worker stopped (killed, out of memory) during its last attempt is never claimed again:
 * once its lease is over it fails, like a last attempt that threw. Returns how many failed.
 */
export async function failAbandonedJobs(now: Date) {
  return db.$executeRaw(Prisma.sql`
    UPDATE jobs
    SET status = 'FAILED', "failedAt" = ${now}, "lockedBy" = NULL, "lockedUntil" = NULL,
        "lastError" = left(${ABANDONED_LAST_ATTEMPT}::text || coalesce(' Before that: ' || "lastError", ''), ${MAX_ERROR_LENGTH})
    WHERE id IN (
      SELECT id FROM jobs
      WHERE status = 'QUEUED' AND "runAt" <= ${now} AND attempts >= "maxAttempts"
        AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})
      LIMIT ${ABANDONED_BATCH}
      FOR UPDATE SKIP LOCKED
    )`);
}

/** Completes a job this worker still holds; a periodic job is queued again for its next run instead. */
export async function completeJob(job: Pick<ClaimedJob, "id" | "kind">, workerId: string, now: Date) {
  const nextRunAt = nextRunOf(job.kind, now);
  await db.job.updateMany({
    where: { id: job.id, lockedBy: workerId, status: "QUEUED" },
    data: nextRunAt
      ? { runAt: nextRunAt, attempts: 0, lockedBy: null, lockedUntil: null, lastError: null }
      : { status: "COMPLETED", doneAt: now, lockedUntil: null },
  });
}

const RETRY_BASE_MS = 30_000;

/**
 * Retries with exponential back-off; after maxAttempts, or at once when retrying cannot help (`isPermanent`),
 * the job is FAILED: never claimed again, kept with its error until an admin retries or discards it.
 */
export async function failJob(job: ClaimedJob, workerId: string, error: unknown, now: Date, { isPermanent = false } = {}) {
  const message = error instanceof Error ? error.message : String(error);
  const isFinal = isPermanent || job.attempts >= job.maxAttempts;
  await db.job.updateMany({
    where: { id: job.id, lockedBy: workerId, status: "QUEUED" },
    data: {
      lastError: message.slice(0, MAX_ERROR_LENGTH),
      lockedUntil: null,
      ...(isFinal ? { status: "FAILED", failedAt: now } : { runAt: new Date(now.getTime() + RETRY_BASE_MS * 2 ** (job.attempts - 1)) }),
    },
  });
}
