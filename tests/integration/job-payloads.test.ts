import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { JobPayload } from "@/lib/jobs/kinds";
import { enqueueJobs } from "@/lib/jobs/queue";
import { type JobHandlers, runClaimedJob } from "@/lib/jobs/run-due-jobs";
import { JOB_HANDLERS } from "@/lib/worker/job-handlers";

// A job's payload is checked against its kind when it is queued and when a worker has claimed it.
// These jobs are due only in the year 2999, and the tests claim them by hand (as claimDueJobs does),
// so no worker of another test ever runs them, and these tests run no one else's.

const FAR_AWAY = new Date("2999-01-01T00:00:00Z");
const WORKER = "job-payloads-test";
const RETRY_BASE_MS = 30_000; // lib/jobs/queue.ts

function settleSpy() {
  const payloads: JobPayload<"payments.settle-milestone">[] = [];
  const handlers: JobHandlers = { ...JOB_HANDLERS, "payments.settle-milestone": async (payload) => void payloads.push(payload) };
  return { handlers, payloads };
}

/** A job row as a worker holds it right after claiming it: locked by this worker, one attempt more. */
async function claimedJob(kind: string, payload: object, attempts = 1) {
  const row = await db.job.create({
    data: {
      kind,
      payload,
      runAt: FAR_AWAY,
      lockedBy: WORKER,
      lockedUntil: new Date(FAR_AWAY.getTime() + 60_000),
      attempts,
      dedupeKey: `job-payloads:${randomUUID()}`,
    },
    select: { id: true, kind: true, payload: true, attempts: true, maxAttempts: true },
  });
  return row;
}

const stateOf = (id: string) =>
  db.job.findUniqueOrThrow({
    where: { id },
    select: { status: true, doneAt: true, failedAt: true, lastError: true, runAt: true, lockedBy: true, lockedUntil: true },
  });

describe("job payloads", () => {
  it("queues a payload that fits its kind, as given", async () => {
    const dedupeKey = `job-payloads:${randomUUID()}`;
    const submittedAt = "2026-03-02T10:00:00.000Z";
    await db.$transaction((tx) =>
      enqueueJobs(tx, [{ kind: "payments.release-reminder", payload: { milestoneId: "m1", submittedAt, daysLeft: "7" }, runAt: FAR_AWAY, dedupeKey }]),
    );
    const stored = await db.job.findUniqueOrThrow({ where: { dedupeKey }, select: { kind: true, payload: true, runAt: true } });
    expect(stored).toEqual({ kind: "payments.release-reminder", payload: { milestoneId: "m1", submittedAt, daysLeft: "7" }, runAt: FAR_AWAY });
  });

  it("refuses, queueing nothing of the batch, a payload that does not fit its kind: at compile time and at run time", async () => {
    const fits = `job-payloads:${randomUUID()}`;
    const misfits = `job-payloads:${randomUUID()}`;
    const queueing = db.$transaction((tx) =>
      enqueueJobs(tx, [
        { kind: "payments.settle-milestone", payload: { milestoneId: "m1" }, runAt: FAR_AWAY, dedupeKey: fits },
        // @ts-expect-error a settle job names a milestone, not a request
        { kind: "payments.settle-milestone", payload: { requestId: "r1" }, runAt: FAR_AWAY, dedupeKey: misfits },
      ]),
    );
    await expect(queueing).rejects.toThrow(/The payload of this "payments\.settle-milestone" job does not fit its kind: .*milestoneId/);
    expect(await db.job.count({ where: { dedupeKey: { in: [fits, misfits] } } })).toBe(0);
  });

  it("checks at run time what types cannot: a timer's submission time must be an ISO instant", async () => {
    const queueing = db.$transaction((tx) =>
      enqueueJobs(tx, [{ kind: "payments.auto-release", payload: { milestoneId: "m1", submittedAt: "last Tuesday" }, runAt: FAR_AWAY }]),
    );
    await expect(queueing).rejects.toThrow(/"payments\.auto-release" job does not fit its kind: .*submittedAt/);
  });

  it("hands a claimed job's handler the payload its kind declares, and completes the job", async () => {
    const { handlers, payloads } = settleSpy();
    const job = await claimedJob("payments.settle-milestone", { milestoneId: "m1", leftOver: "from an older version" });
    await runClaimedJob(job, { workerId: WORKER, now: FAR_AWAY, handlers });
    expect(payloads).toEqual([{ milestoneId: "m1" }]);
    expect(await stateOf(job.id)).toMatchObject({ status: "COMPLETED", doneAt: FAR_AWAY, failedAt: null, lastError: null, lockedUntil: null });
  });

  it("fails a claimed job whose stored payload does not fit its kind at once, saying why, without running its handler", async () => {
    const { handlers, payloads } = settleSpy();
    const job = await claimedJob("payments.settle-milestone", { milestone: "m1" });
    await runClaimedJob(job, { workerId: WORKER, now: FAR_AWAY, handlers });
    expect(payloads).toEqual([]);
    const state = await stateOf(job.id);
    expect(state.lastError).toMatch(/^The payload of this "payments\.settle-milestone" job does not fit its kind: .*milestoneId/);
    // Its first attempt of five, but running it again cannot help: failed for good, never claimed again.
    expect(state).toMatchObject({ status: "FAILED", doneAt: null, failedAt: FAR_AWAY, lockedUntil: null, runAt: FAR_AWAY });
  });

  it("retries a claimed job of a kind no handler knows", async () => {
    const job = await claimedJob("payments.retired-kind", { milestoneId: "m1" });
    await runClaimedJob(job, { workerId: WORKER, now: FAR_AWAY, handlers: JOB_HANDLERS });
    // A newer worker may know the kind (a deploy in progress): retried after a back-off, like any failed attempt.
    expect(await stateOf(job.id)).toMatchObject({
      status: "QUEUED",
      doneAt: null,
      failedAt: null,
      lastError: "No handler for job kind payments.retired-kind",
      runAt: new Date(FAR_AWAY.getTime() + RETRY_BASE_MS),
    });
  });
});
