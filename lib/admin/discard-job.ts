import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { deleteFailedJob, lockJob } from "@/lib/jobs/failed-jobs";
import { jobStateOf } from "@/lib/jobs/job-state";
import { assertAdmin } from "@/lib/payments/access";
import { jobKindInAuditData } from "./job-kind-words";

const MAX_AUDITED_ERROR_LENGTH = 500;

/**
 * An admin deletes a failed job for good; the audit entry keeps its kind, payload and last error.
 * Idempotent: asked again for a job it already discarded (a second click), it answers with that entry.
 * A job that is not failed (someone retried it meanwhile) is a conflict, not something to delete.
 */
export async function discardJob({ user, jobId, now, httpRequestId }: { user: SessionUser; jobId: string; now: Date; httpRequestId?: string }) {
  assertAdmin(user);
  return db.$transaction(async (tx) => {
    const job = await lockJob(tx, jobId);
    if (!job) {
      const earlier = await tx.auditLog.findFirst({
        where: { action: "job.discarded", targetType: "Job", targetId: jobId },
        orderBy: { createdAt: "desc" },
        select: { id: true, data: true },
      });
      if (!earlier) throw notFound("Job");
      return { id: jobId, kind: jobKindInAuditData(earlier.data), outcome: "already-discarded" as const, auditLogId: earlier.id };
    }
    if (job.status !== "FAILED") throw conflict(`Only a failed job can be discarded, and this one is ${jobStateOf(job, now)} now. Reload to see it.`);
    await deleteFailedJob(tx, job.id);
    const audit = await recordAudit(tx, {
      actorId: user.id,
      action: "job.discarded",
      targetType: "Job",
      targetId: job.id,
      data: {
        kind: job.kind,
        payload: job.payload ?? {},
        attempts: job.attempts,
        failedAt: job.failedAt?.toISOString() ?? null,
        lastError: job.lastError?.slice(0, MAX_AUDITED_ERROR_LENGTH) ?? null,
      },
      requestId: httpRequestId ?? null,
    });
    return { id: job.id, kind: job.kind, outcome: "discarded" as const, auditLogId: audit.id };
  });
}
