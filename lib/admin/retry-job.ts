import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { lockJob, requeueFailedJob } from "@/lib/jobs/failed-jobs";
import { jobStateOf } from "@/lib/jobs/job-state";
import { assertAdmin } from "@/lib/payments/access";

const MAX_AUDITED_ERROR_LENGTH = 500;

/**
 * An admin runs a failed job again: queued to run at once, with all its attempts ahead of it, audited.
 * Idempotent: a job that is not failed (a second click, another admin was quicker) is left as it is,
 * and the answer says where it is now.
 */
export async function retryJob({ user, jobId, now, httpRequestId }: { user: SessionUser; jobId: string; now: Date; httpRequestId?: string }) {
  assertAdmin(user);
  return db.$transaction(async (tx) => {
    const job = await lockJob(tx, jobId);
    if (!job) throw notFound("Job");
    if (job.status !== "FAILED") {
      return { id: job.id, kind: job.kind, outcome: "not-failed" as const, state: jobStateOf(job, now), runAt: job.runAt, auditLogId: null };
    }
    const queued = await requeueFailedJob(tx, job.id, now);
    const audit = await recordAudit(tx, {
      actorId: user.id,
      action: "job.retried",
      targetType: "Job",
      targetId: job.id,
      data: {
        kind: job.kind,
        attempts: job.attempts,
        failedAt: job.failedAt?.toISOString() ?? null,
        lastError: job.lastError?.slice(0, MAX_AUDITED_ERROR_LENGTH) ?? null,
      },
      requestId: httpRequestId ?? null,
    });
    return { id: job.id, kind: job.kind, outcome: "retried" as const, state: jobStateOf(queued, now), runAt: queued.runAt, auditLogId: audit.id };
  });
}
