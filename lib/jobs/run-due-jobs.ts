import { logger } from "@/lib/logger";
import { inSpan, markFailed } from "@/lib/telemetry/in-span";
import { isJobKind, type JobKind, type JobPayload, parseJobPayload } from "./kinds";
import { type ClaimedJob, claimDueJobs, completeJob, failJob } from "./queue";

/** One handler per kind, each given the payload its kind declares. */
export type JobHandlers = { [Kind in JobKind]: (payload: JobPayload<Kind>, now: Date) => Promise<void> };

const DEFAULT_LEASE_MS = 60_000;
const BATCH = 20;
const MAX_BATCHES_PER_CALL = 50;

/** Runs every job due at `now` (bounded per call); returns how many ran. */
export async function runDueJobs(options: { workerId: string; now: Date; handlers: JobHandlers; leaseMs?: number }) {
  let processed = 0;
  for (let batch = 0; batch < MAX_BATCHES_PER_CALL; batch++) {
    const jobs = await claimDueJobs({ workerId: options.workerId, now: options.now, limit: BATCH, leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS });
    if (!jobs.length) break;
    for (const job of jobs) await runClaimedJob(job, options);
    processed += jobs.length;
  }
  return processed;
}

/**
 * A job of no known kind, or whose stored payload does not fit its kind, fails like any other attempt
 * (retried with back-off, then left for a person) with what is wrong in lastError; its handler never runs.
 */
export function runClaimedJob(job: ClaimedJob, options: { workerId: string; now: Date; handlers: JobHandlers }) {
  // One trace per run, named by kind: the job's queries and Stripe calls are its children.
  return inSpan(`job ${job.kind}`, { "job.id": job.id, "job.kind": job.kind, "job.attempt": job.attempts }, async (span) => {
    try {
      if (!isJobKind(job.kind)) throw new Error(`No handler for job kind ${job.kind}`);
      await handle(options.handlers, job.kind, job.payload, options.now);
      await completeJob(job.id, options.workerId, options.now);
    } catch (error) {
      markFailed(span, error);
      logger.error({ err: error, jobId: job.id, kind: job.kind, attempt: job.attempts }, "job failed");
      await failJob(job, options.workerId, error, options.now);
    }
  });
}

function handle<Kind extends JobKind>(handlers: JobHandlers, kind: Kind, storedPayload: unknown, now: Date) {
  return handlers[kind](parseJobPayload(kind, storedPayload), now);
}
