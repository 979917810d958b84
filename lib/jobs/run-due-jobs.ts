import { logger } from "@/lib/logger";
import { inSpan, markFailed } from "@/lib/telemetry/in-span";
import { InvalidJobPayloadError, isJobKind, type JobKind, type JobPayload, parseJobPayload } from "./kinds";
import { type ClaimedJob, claimDueJobs, completeJob, failAbandonedJobs, failJob } from "./queue";

/** One handler per kind, each given the payload its kind declares. */
export type JobHandlers = { [Kind in JobKind]: (payload: JobPayload<Kind>, now: Date) => Promise<void> };

const DEFAULT_LEASE_MS = 60_000;
const BATCH = 20;
const MAX_BATCHES_PER_CALL = 50;

/** Runs every job due at `now` (bounded per call); returns how many ran. */
export async function runDueJobs(options: { workerId: string; now: Date; handlers: JobHandlers; leaseMs?: number }) {
  const abandoned = await failAbandonedJobs(options.now);
  if (abandoned) logger.error({ workerId: options.workerId, failed: abandoned }, "jobs whose worker stopped during their last attempt failed");
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
 * A job whose stored payload does not fit its kind fails at once, saying what is wrong: running it again
 * cannot help, and its handler never runs. A job of a kind this worker does not know fails like any
 * other attempt (retried with back-off), since a newer worker may know it during a deploy.
 */
export function runClaimedJob(job: ClaimedJob, options: { workerId: string; now: Date; handlers: JobHandlers }) {
  // One trace per run, named by kind: the job's queries and Stripe calls are its children.
  return inSpan(`job ${job.kind}`, { "job.id": job.id, "job.kind": job.kind, "job.attempt": job.attempts }, async (span) => {
    const fail = async (error: unknown, isPermanent = false) => {
      markFailed(span, error);
      logger.error({ err: error, jobId: job.id, kind: job.kind, attempt: job.attempts }, "job failed");
      await failJob(job, options.workerId, error, options.now, { isPermanent });
    };
    if (!isJobKind(job.kind)) return fail(new Error(`No handler for job kind ${job.kind}`));
    let run: (now: Date) => Promise<void>;
    try {
      run = handlerFor(options.handlers, job.kind, job.payload);
    } catch (error) {
      return fail(error, error instanceof InvalidJobPayloadError);
    }
    try {
      await run(options.now);
      await completeJob(job, options.workerId, options.now);
    } catch (error) {
      await fail(error);
    }
  });
}

/** The kind's handler bound to the stored payload, parsed as the kind declares it. */
function handlerFor<Kind extends JobKind>(handlers: JobHandlers, kind: Kind, storedPayload: unknown) {
  const payload = parseJobPayload(kind, storedPayload);
  return (now: Date) => handlers[kind](payload, now);
}
