import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterEach, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isDatabaseReachable } from "@/lib/health/database";
import { getHealthOperation } from "@/lib/health/get-health.operation";
import { getReadinessOperation } from "@/lib/health/get-readiness.operation";
import { readHealth } from "@/lib/health/read-health";
import { markShuttingDown } from "@/lib/health/shutdown-state";
import { HEARTBEAT_STALE_AFTER_MS, recordHeartbeat } from "@/lib/worker/heartbeat";
import { callOperation } from "../support/call-operation";

// Other files share this database and its jobs, but only this file writes worker heartbeats.
const SECOND = 1_000;
const jobIds: string[] = [];

afterEach(async () => {
  await db.job.deleteMany({ where: { id: { in: jobIds.splice(0) } } });
});

describe("isDatabaseReachable", () => {
  it("is true for this run's database", async () => {
    await db.$queryRaw`SELECT 1`; // open the pool's first connection, so a loaded machine cannot time the check out
    expect(await isDatabaseReachable()).toBe(true);
  });

  it("is false, promptly, when nothing listens at the database address", async () => {
    const adapter = new PrismaPg({ connectionString: "postgresql://nobody:nothing@127.0.0.1:1/none", connectionTimeoutMillis: 1_000 });
    const unreachable = new PrismaClient({ adapter });
    const startedAt = Date.now();
    expect(await isDatabaseReachable(unreachable)).toBe(false);
    expect(Date.now() - startedAt).toBeLessThan(3_000);
    await unreachable.$disconnect();
  });
});

describe("health", () => {
  it("reports the worker by its newest heartbeat: none before any, ok within a minute, stale after", async () => {
    await db.workerHeartbeat.deleteMany({});
    const now = new Date();
    expect(await readHealth(now)).toMatchObject({
      status: "degraded",
      db: "ok",
      worker: { status: "none", lastBeatAt: null },
      storage: { driver: "disk", warning: null },
    });

    const beatAt = new Date(now.getTime() - 30 * SECOND);
    await recordHeartbeat(`health-test:${randomUUID()}`, new Date(beatAt.getTime() - 10 * SECOND));
    await recordHeartbeat(`health-test:${randomUUID()}`, beatAt);
    expect(await readHealth(now)).toMatchObject({ status: "ok", worker: { status: "ok", lastBeatAt: beatAt } });

    const later = new Date(beatAt.getTime() + HEARTBEAT_STALE_AFTER_MS + SECOND);
    expect(await readHealth(later)).toMatchObject({ status: "degraded", db: "ok", worker: { status: "stale", lastBeatAt: beatAt } });
  });

  it("reports how long the oldest job waiting to run has waited", async () => {
    // Held by a make-believe worker until 2100, so that no other file's worker claims it; read after that,
    // when every job of the run is due and this one, due since 1999, is the oldest.
    const runAt = new Date("1999-12-31T23:55:00Z");
    const readAt = new Date("2100-01-01T00:05:00Z");
    const job = await db.job.create({
      data: { kind: "matching.at-risk", payload: { requestId: "health-test" }, runAt, lockedBy: "health-test", lockedUntil: new Date("2100-01-01T00:00:00Z") },
      select: { id: true },
    });
    jobIds.push(job.id);
    const health = await readHealth(readAt);
    expect(health.queue.oldestDueJobAgeMs).toBe(readAt.getTime() - runAt.getTime());
    expect((await readHealth(new Date("2099-06-01T00:00:00Z"))).queue.oldestDueJobAgeMs ?? 0).toBeLessThan(readAt.getTime() - runAt.getTime());
  });

  it("answers 200 through its operation while the database answers, with the declared shape", async () => {
    await recordHeartbeat(`health-test:${randomUUID()}`, new Date());
    const answer = await callOperation(getHealthOperation, null);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ status: "ok", db: "ok", worker: { status: "ok" }, storage: { driver: "disk", warning: null } });
  });
});

describe("readiness", () => {
  it("is 200 while the instance can serve, and 503 from the moment it starts shutting down", async () => {
    expect(await callOperation(getReadinessOperation, null)).toEqual({ status: 200, json: { status: "ready" } });
    markShuttingDown();
    expect(await callOperation(getReadinessOperation, null)).toEqual({ status: 503, json: { status: "shutting down" } });
  });
});
