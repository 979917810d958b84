import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { discardJob } from "@/lib/admin/discard-job";
import { discardJobOperation } from "@/lib/admin/discard-job.operation";
import { getJobsOverview } from "@/lib/admin/get-jobs-overview";
import { getJobsOverviewOperation } from "@/lib/admin/get-jobs-overview.operation";
import { retryJob } from "@/lib/admin/retry-job";
import { retryJobOperation } from "@/lib/admin/retry-job.operation";
import { FAILED_JOBS_PAGE_SIZE } from "@/lib/admin/schemas";
import { signUp } from "@/lib/auth/sign-up";
import { setClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { JOB_KINDS } from "@/lib/jobs/kinds";
import type { SessionUser } from "@/lib/sessions/session-user";
import { markEmailVerified } from "../fixtures/accounts";
import { createAdmin, createClient, sessionUserOf } from "../fixtures/matching";
import { callOperation, refusalOf } from "../support/call-operation";

// The admin's view of the job queue, and Retry and Discard, through the declared operations. The
// database is shared with other test files whose workers claim whatever is due at the real time: the
// clock here reads 2999, so a job retried here waits until then, and every count is of a kind made
// up for one test. Failed jobs here failed in the year 3001, so they lead the list of failed jobs.

const CLOCK = new Date("2999-01-01T00:00:00Z");
const DAY_MS = 86_400_000;

let admin: SessionUser;
let client: SessionUser;
let expert: SessionUser;
beforeAll(async () => {
  admin = await createAdmin();
  client = await createClient();
  const account = await signUp({
    accountType: "EXPERT",
    name: "Jobs Expert",
    email: `expert-${randomUUID()}@example.test`,
    password: "jobs expert password 1",
  });
  await markEmailVerified(account.id);
  expert = await sessionUserOf(account.id);
  setClock(() => CLOCK);
});
afterAll(() => setClock(null));

let failures = 0;
/** A job that used up its attempts; each one failed a second after the one before, in 3001. */
function insertFailedJob(data: Partial<Prisma.JobUncheckedCreateInput> = {}) {
  failures++;
  return db.job.create({
    data: {
      kind: "matching.at-risk",
      payload: { requestId: `request-${randomUUID()}` },
      status: "FAILED",
      runAt: CLOCK,
      attempts: 5,
      maxAttempts: 5,
      failedAt: new Date(Date.UTC(3001, 0, 1) + failures * 1000),
      lastError: "Connection terminated unexpectedly",
      ...data,
    },
    select: { id: true, kind: true, payload: true, failedAt: true },
  });
}

const auditOf = (jobId: string) =>
  db.auditLog.findMany({
    where: { targetType: "Job", targetId: jobId },
    select: { id: true, actorId: true, action: true, data: true },
    orderBy: { createdAt: "asc" },
  });

describe("the jobs overview", () => {
  it("counts each kind's jobs by state at the given time, completed ones only within retention", async () => {
    const kind = `test.counted-${randomUUID().slice(0, 8)}`;
    const now = new Date("2998-12-31T00:00:00Z");
    const row = (data: Partial<Prisma.JobUncheckedCreateInput>) => ({ kind, payload: {}, runAt: now, ...data });
    await db.job.createMany({
      data: [
        row({ runAt: new Date("2999-06-01T00:00:00Z") }),
        row({ runAt: new Date("2999-07-01T00:00:00Z") }),
        row({ runAt: new Date("2998-06-01T00:00:00Z") }),
        // Due again: its worker's lease ran out.
        row({ runAt: new Date("2998-06-01T00:00:00Z"), attempts: 1, lockedBy: "gone", lockedUntil: new Date("2998-12-30T00:00:00Z") }),
        row({ attempts: 1, lockedBy: "busy", lockedUntil: new Date("2998-12-31T00:01:00Z") }),
        row({ status: "FAILED", failedAt: now, attempts: 5 }),
        row({ status: "COMPLETED", doneAt: new Date(now.getTime() - DAY_MS) }),
        row({ status: "COMPLETED", doneAt: new Date(now.getTime() - 30 * DAY_MS) }),
      ],
    });
    const overview = await getJobsOverview({ user: admin, query: { page: 1 }, now });
    expect(overview.retentionDays).toBe(7);
    expect(overview.kinds.slice(0, JOB_KINDS.length).map((entry) => entry.kind)).toEqual(JOB_KINDS);
    expect(overview.kinds.find((entry) => entry.kind === "payments.settle-milestone")?.description).toBe(
      "Sends pending transfers and refunds to Stripe, and books them",
    );
    expect(overview.kinds.find((entry) => entry.kind === kind)).toEqual({ kind, description: null, scheduled: 2, due: 2, running: 1, failed: 1, completed: 1 });
    for (const state of ["scheduled", "due", "running", "failed", "completed"] as const) {
      expect(overview.totals[state]).toBe(overview.kinds.reduce((sum, entry) => sum + entry[state], 0));
    }
  });

  it("lists failed jobs, the most recent failure first, with their payload as indented JSON cut short when long, a page at a time", async () => {
    const older = await insertFailedJob({ kind: "payments.settle-milestone", payload: { milestoneId: "x".repeat(3000) } });
    const newer = [];
    for (let index = 0; index < FAILED_JOBS_PAGE_SIZE; index++) newer.push(await insertFailedJob());

    const first = await callOperation(getJobsOverviewOperation, admin);
    expect(first.status).toBe(200);
    const failed = first.json.failed as { jobs: { id: string }[]; page: number; pageSize: number; total: number };
    expect(failed).toMatchObject({ page: 1, pageSize: FAILED_JOBS_PAGE_SIZE });
    expect(failed.total).toBeGreaterThanOrEqual(FAILED_JOBS_PAGE_SIZE + 1);
    expect(failed.jobs.map((job) => job.id)).toEqual(newer.reverse().map((job) => job.id));
    expect(failed.jobs[0]).toEqual({
      id: newer[0].id,
      kind: "matching.at-risk",
      description: "Alerts admins when a request may miss its 8-hour deadline",
      attempts: 5,
      maxAttempts: 5,
      lastError: "Connection terminated unexpectedly",
      payload: JSON.stringify(newer[0].payload, null, 2),
      isPayloadTruncated: false,
      failedAt: newer[0].failedAt?.toISOString(),
      createdAt: expect.any(String),
    });

    const second = await callOperation(getJobsOverviewOperation, admin, { query: { page: "2" } });
    const [oldest] = (second.json.failed as { jobs: { id: string; payload: string; isPayloadTruncated: boolean }[] }).jobs;
    expect(oldest.id).toBe(older.id);
    expect(oldest.isPayloadTruncated).toBe(true);
    expect(oldest.payload).toHaveLength(2001);
    expect(oldest.payload.startsWith('{\n  "milestoneId": "xxx')).toBe(true);
    expect(oldest.payload.endsWith("…")).toBe(true);
  });

  it("refuses a page that is not a page number", async () => {
    expect(await refusalOf(callOperation(getJobsOverviewOperation, admin, { query: { page: "0" } }))).toMatchObject({
      status: 422,
      fields: { page: ["Pages start at 1."] },
    });
  });
});

describe("retry", () => {
  it("queues a failed job to run at once with its attempts reset, audited", async () => {
    const job = await insertFailedJob();
    const answer = await callOperation(retryJobOperation, admin, { params: { id: job.id }, body: {} });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      id: job.id,
      kind: "matching.at-risk",
      outcome: "retried",
      state: "due",
      runAt: CLOCK.toISOString(),
      auditLogId: expect.any(String),
    });
    expect(
      await db.job.findUnique({
        where: { id: job.id },
        select: { status: true, attempts: true, runAt: true, failedAt: true, lastError: true, lockedBy: true },
      }),
    ).toEqual({
      status: "QUEUED",
      attempts: 0,
      runAt: CLOCK,
      failedAt: null,
      lastError: null,
      lockedBy: null,
    });
    expect(await auditOf(job.id)).toEqual([
      {
        id: answer.json.auditLogId,
        actorId: admin.id,
        action: "job.retried",
        data: { kind: "matching.at-risk", attempts: 5, failedAt: job.failedAt?.toISOString(), lastError: "Connection terminated unexpectedly" },
      },
    ]);
  });

  it("retries once under a double click: the second call changes nothing and says where the job is", async () => {
    const job = await insertFailedJob();
    const answers = await Promise.all([1, 2].map(() => callOperation(retryJobOperation, admin, { params: { id: job.id }, body: {} })));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(answers.map((answer) => answer.json.outcome).sort()).toEqual(["not-failed", "retried"]);
    expect(answers.find((answer) => answer.json.outcome === "not-failed")?.json).toMatchObject({ state: "due", auditLogId: null });
    expect(await auditOf(job.id)).toHaveLength(1);
  });

  it("is a 404 for a job that does not exist", async () => {
    expect(await refusalOf(callOperation(retryJobOperation, admin, { params: { id: "no-such-job" }, body: {} }))).toMatchObject({
      status: 404,
      code: "NOT_FOUND",
      message: "Job was not found.",
    });
  });
});

describe("discard", () => {
  it("deletes a failed job, keeping its kind, payload and last error in the audit log", async () => {
    const job = await insertFailedJob();
    const answer = await callOperation(discardJobOperation, admin, { params: { id: job.id }, body: {} });
    expect(answer).toEqual({ status: 200, json: { id: job.id, kind: "matching.at-risk", outcome: "discarded", auditLogId: expect.any(String) } });
    expect(await db.job.count({ where: { id: job.id } })).toBe(0);
    expect(await auditOf(job.id)).toEqual([
      {
        id: answer.json.auditLogId,
        actorId: admin.id,
        action: "job.discarded",
        data: {
          kind: "matching.at-risk",
          payload: job.payload,
          attempts: 5,
          failedAt: job.failedAt?.toISOString(),
          lastError: "Connection terminated unexpectedly",
        },
      },
    ]);
    // Asked again, the same answer's entry; a retry of what is gone is a 404.
    expect(await callOperation(discardJobOperation, admin, { params: { id: job.id }, body: {} })).toEqual({
      status: 200,
      json: { id: job.id, kind: "matching.at-risk", outcome: "already-discarded", auditLogId: answer.json.auditLogId },
    });
    expect((await refusalOf(callOperation(retryJobOperation, admin, { params: { id: job.id }, body: {} }))).status).toBe(404);
    expect(await auditOf(job.id)).toHaveLength(1);
  });

  it("discards once under a double click", async () => {
    const job = await insertFailedJob();
    const answers = await Promise.all([1, 2].map(() => callOperation(discardJobOperation, admin, { params: { id: job.id }, body: {} })));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(answers.map((answer) => answer.json.outcome).sort()).toEqual(["already-discarded", "discarded"]);
    expect(new Set(answers.map((answer) => answer.json.auditLogId)).size).toBe(1);
    expect(await auditOf(job.id)).toHaveLength(1);
  });

  it("refuses to discard a job that is not failed (someone retried it), and is a 404 for one that never existed", async () => {
    const job = await insertFailedJob();
    await callOperation(retryJobOperation, admin, { params: { id: job.id }, body: {} });
    expect(await refusalOf(callOperation(discardJobOperation, admin, { params: { id: job.id }, body: {} }))).toMatchObject({
      status: 409,
      message: "Only a failed job can be discarded, and this one is due now. Reload to see it.",
    });
    expect(await db.job.count({ where: { id: job.id } })).toBe(1);
    expect((await refusalOf(callOperation(discardJobOperation, admin, { params: { id: "no-such-job" }, body: {} }))).status).toBe(404);
  });
});

describe("who may", () => {
  it("lets only admins see, retry or discard jobs", async () => {
    const job = await insertFailedJob();
    const calls = [
      (user: SessionUser | null) => callOperation(getJobsOverviewOperation, user),
      (user: SessionUser | null) => callOperation(retryJobOperation, user, { params: { id: job.id }, body: {} }),
      (user: SessionUser | null) => callOperation(discardJobOperation, user, { params: { id: job.id }, body: {} }),
    ];
    for (const call of calls) {
      expect(await refusalOf(call(null))).toMatchObject({ status: 401 });
      expect(await refusalOf(call(client))).toMatchObject({ status: 403, code: "FORBIDDEN" });
      expect(await refusalOf(call(expert))).toMatchObject({ status: 403, code: "FORBIDDEN" });
    }
    // The lib functions check again, whoever calls them.
    for (const user of [client, expert]) {
      await expect(getJobsOverview({ user, query: { page: 1 }, now: CLOCK })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(retryJob({ user, jobId: job.id, now: CLOCK })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(discardJob({ user, jobId: job.id, now: CLOCK })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.job.findUnique({ where: { id: job.id }, select: { status: true } })).toEqual({ status: "FAILED" });
    expect(await auditOf(job.id)).toEqual([]);
  });
});
