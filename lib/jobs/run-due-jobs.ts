import { logger } from "@/lib/logger";
import { claimDueJobs, completeJob, failJob, type ClaimedJob, type JobKind } from "./queue";

export type JobHandler = (payload: Record<string, string>, now: Date) => Promise<void>;
export type JobHandlers = Record<JobKind, JobHandler>;

const DEFAULT_LEASE_MS = 60_000;
const BATCH = 20;
const MAX_BATCHES_PER_CALL = 50;

/** Runs every job due at `now` (bounded per call); returns how many ran. */
export async function runDueJobs(options: { workerId: string; now: Date; handlers: JobHandlers; leaseMs?: number }) {
  let processed = 0;
  for (let batch = 0; batch < MAX_BATCHES_PER_CALL; batch++) {
    const jobs = await claimDueJobs({ workerId: options.workerId, now: options.now, limit: BATCH, leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS });
    if (!jobs.length) break;
    for (const job of jobs) await runOne(job, options);
    processed += jobs.length;
  }
  return processed;
}

async function runOne(job: ClaimedJob, options: { workerId: string; now: Date; handlers: JobHandlers }) {
  const handler = options.handlers[job.kind];
  try {
    if (!handler) throw new Error(`No handler for job kind ${job.kind}`);
    await handler(job.payload, options.now);
    await completeJob(job.id, options.workerId, options.now);
  } catch (error) {
    logger.error({ err: error, jobId: job.id, kind: job.kind, attempt: job.attempts }, "job failed");
    await failJob(job, options.workerId, error, options.now);
  }
}
