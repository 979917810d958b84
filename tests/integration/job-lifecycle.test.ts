import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ensurePeriodicJobs } from "@/lib/jobs/periodic-jobs";
import { pruneCompletedJobs } from "@/lib/jobs/prune-completed-jobs";
import { ABANDONED_LAST_ATTEMPT, claimDueJobs, failAbandonedJobs } from "@/lib/jobs/queue";
import { type JobHandlers, runClaimedJob } from "@/lib/jobs/run-due-jobs";
import { JOB_HANDLERS } from "@/lib/worker/job-handlers";

// A job's life after its handler: retried, failed for good, run again (periodic), or deleted once
// completed long enough ago. The database is shared with other test files whose workers claim every
// job due at the real time: jobs here are due in 2999, or claimed by hand, or sit in the 1970s and
// 1980s, where only this file's own claims (at those times) look; failed and completed ones no one
// claims at all.

const FAR_AWAY = new Date("2999-01-01T00:00:00Z");
const WORKER = "job-lifecycle-test";
const RETRY_BASE_MS = 30_000; // lib/jobs/queue.ts
const PRUNE_INTERVAL_MS = 10 * 60_000; // lib/jobs/kinds.ts
const DAY_MS = 86_400_000;
const daysBefore = (date: Date, days: number) => new Date(date.getTime() - days * DAY_MS);

/** A job row with a unique dedupe key; by default one a worker has just claimed (locked by this file's worker). */
async function insertJob(data: Partial<Prisma.JobUncheckedCreateInput> = {}) {
  return db.job.create({
    data: {
      kind: "payments.settle-milestone",
      payload: { milestoneId: "m1" },
      runAt: FAR_AWAY,
      lockedBy: WORKER,
      lockedUntil: new Date(FAR_AWAY.getTime() + 60_000),
      attempts: 1,
      dedupeKey: `job-lifecycle:${randomUUID()}`,
      ...data,
    },
    select: { id: true, kind: true, payload: true, attempts: true, maxAttempts: true },
  });
}

const stateOf = (id: string) =>
  db.job.findUnique({
    where: { id },
    select: { status: true, attempts: true, runAt: true, doneAt: true, failedAt: true, lastError: true, lockedBy: true, lockedUntil: true },
  });

const throwingHandlers = (message: string): JobHandlers => ({
  ...JOB_HANDLERS,
  "payments.settle-milestone": async () => {
    throw new Error(message);
  },
});

describe("a job's attempts", () => {
  it("queues a job again after a back-off when an attempt fails and attempts are left", async () => {
    const job = await insertJob({ attempts: 2 });
    await runClaimedJob(job, { workerId: WORKER, now: FAR_AWAY, handlers: throwingHandlers("Stripe did not answer in time") });
    expect(await stateOf(job.id)).toMatchObject({
      status: "QUEUED",
      runAt: new Date(FAR_AWAY.getTime() + RETRY_BASE_MS * 2),
      lastError: "Stripe did not answer in time",
      failedAt: null,
      lockedUntil: null,
    });
  });

  it("fails a job for good, with its last error and when, when its last attempt fails", async () => {
    const job = await insertJob({ attempts: 5, maxAttempts: 5 });
    await runClaimedJob(job, { workerId: WORKER, now: FAR_AWAY, handlers: throwingHandlers("Stripe did not answer in time") });
    expect(await stateOf(job.id)).toMatchObject({
      status: "FAILED",
      failedAt: FAR_AWAY,
      lastError: "Stripe did not answer in time",
      doneAt: null,
      runAt: FAR_AWAY,
      lockedUntil: null,
    });
  });

  it("never claims a failed job, nor one whose attempts are used up, and fails the latter once its lease is over", async () => {
    const at = new Date("1984-03-01T00:00:00Z");
    const failed = await insertJob({ status: "FAILED", failedAt: daysBefore(at, 1), runAt: daysBefore(at, 2), attempts: 0, lockedBy: null, lockedUntil: null });
    // Its worker was killed during the last attempt: the lease it left ran out a minute ago.
    const abandoned = await insertJob({
      runAt: daysBefore(at, 1),
      attempts: 5,
      maxAttempts: 5,
      lockedBy: "a-killed-worker",
      lockedUntil: new Date(at.getTime() - 60_000),
      lastError: "Connection terminated unexpectedly",
    });
    const claimed = await claimDueJobs({ workerId: WORKER, now: at, limit: 50, leaseMs: 60_000 });
    expect(claimed.map((job) => job.id)).not.toContain(failed.id);
    expect(claimed.map((job) => job.id)).not.toContain(abandoned.id);
    expect(await stateOf(failed.id)).toMatchObject({ status: "FAILED", attempts: 0, lockedBy: null });

    await failAbandonedJobs(at);
    expect(await stateOf(abandoned.id)).toMatchObject({
      status: "FAILED",
      failedAt: expect.any(Date),
      lockedBy: null,
      lockedUntil: null,
      attempts: 5,
      lastError: `${ABANDONED_LAST_ATTEMPT} Before that: Connection terminated unexpectedly`,
    });
  });

  it("leaves a job whose last attempt still holds its lease running", async () => {
    const at = new Date("1984-04-01T00:00:00Z");
    const running = await insertJob({ runAt: daysBefore(at, 1), attempts: 5, maxAttempts: 5, lockedBy: "a-live-worker", lockedUntil: FAR_AWAY });
    await failAbandonedJobs(at);
    expect(await stateOf(running.id)).toMatchObject({ status: "QUEUED", lockedBy: "a-live-worker", failedAt: null });
  });
});

describe("periodic jobs", () => {
  it("runs a periodic job again after its interval instead of completing it", async () => {
    let runs = 0;
    const handlers: JobHandlers = { ...JOB_HANDLERS, "jobs.prune-completed": async () => void runs++ };
    const job = await insertJob({ kind: "jobs.prune-completed", payload: {}, attempts: 2, lastError: "an earlier attempt failed" });
    await runClaimedJob(job, { workerId: WORKER, now: FAR_AWAY, handlers });
    expect(runs).toBe(1);
    expect(await stateOf(job.id)).toMatchObject({
      status: "QUEUED",
      runAt: new Date(FAR_AWAY.getTime() + PRUNE_INTERVAL_MS),
      attempts: 0,
      doneAt: null,
      lastError: null,
      lockedBy: null,
      lockedUntil: null,
    });
  });

  it("is one job however many workers start at once", async () => {
    await Promise.all([ensurePeriodicJobs(FAR_AWAY), ensurePeriodicJobs(FAR_AWAY), ensurePeriodicJobs(FAR_AWAY)]);
    const jobs = await db.job.findMany({
      where: { kind: "jobs.prune-completed", dedupeKey: { startsWith: "periodic:" } },
      select: { runAt: true, status: true },
    });
    expect(jobs).toEqual([{ runAt: FAR_AWAY, status: "QUEUED" }]);
  });
});

describe("retention", () => {
  it("deletes completed jobs older than JOB_RETENTION_DAYS, keeps recent ones and every failed one", async () => {
    const now = new Date("1985-06-01T00:00:00Z");
    const retentionDays = env().JOB_RETENTION_DAYS;
    const completed = (days: number) => insertJob({ status: "COMPLETED", doneAt: daysBefore(now, days), runAt: daysBefore(now, days), lockedUntil: null });
    const [old, justPast, recent, failed, queued] = await Promise.all([
      completed(retentionDays * 3),
      completed(retentionDays + 0.01),
      completed(retentionDays - 0.01),
      insertJob({ status: "FAILED", failedAt: daysBefore(now, retentionDays * 3), runAt: daysBefore(now, retentionDays * 3), lockedUntil: null }),
      insertJob({ createdAt: daysBefore(now, retentionDays * 3), lockedBy: null, lockedUntil: null }),
    ]);
    // The worker's own handler, with the retention the environment gives it.
    await JOB_HANDLERS["jobs.prune-completed"]({}, now);
    const left = await db.job.findMany({ where: { id: { in: [old, justPast, recent, failed, queued].map((job) => job.id) } }, select: { id: true } });
    expect(new Set(left.map((job) => job.id))).toEqual(new Set([recent.id, failed.id, queued.id]));
  });

  it("deletes in bounded batches, oldest first, and says when there may be more", async () => {
    const now = new Date("1975-06-01T00:00:00Z");
    const jobs = [];
    for (let index = 0; index < 5; index++) {
      const doneAt = daysBefore(now, 30 - index);
      jobs.push(await insertJob({ status: "COMPLETED", doneAt, runAt: doneAt, lockedUntil: null }));
    }
    expect(await pruneCompletedJobs({ now, retentionDays: 7, batchSize: 2, maxBatches: 2 })).toEqual({ deleted: 4, mayHaveMore: true });
    expect((await db.job.findMany({ where: { id: { in: jobs.map((job) => job.id) } }, select: { id: true } })).map((job) => job.id)).toEqual([jobs[4].id]);
    expect(await pruneCompletedJobs({ now, retentionDays: 7, batchSize: 2, maxBatches: 2 })).toEqual({ deleted: 1, mayHaveMore: false });
  });

  it("lets two pruners run at once without deleting a row twice or waiting on each other", async () => {
    const now = new Date("1976-06-01T00:00:00Z");
    const jobs = await Promise.all(
      Array.from({ length: 9 }, (_, index) => insertJob({ status: "COMPLETED", doneAt: daysBefore(now, 20 + index), runAt: now, lockedUntil: null })),
    );
    const runs = await Promise.all([1, 2].map(() => pruneCompletedJobs({ now, retentionDays: 7, batchSize: 2, maxBatches: 10 })));
    expect(runs[0].deleted + runs[1].deleted).toBe(9);
    expect(await db.job.count({ where: { id: { in: jobs.map((job) => job.id) } } })).toBe(0);
  });
});
