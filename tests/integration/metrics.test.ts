import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readQueueStats } from "@/lib/jobs/queue-stats";
import { countMatchingRequestsBySla } from "@/lib/sla/count-requests-by-sla";
import { stripe } from "@/lib/stripe";
import { createClient, createDraftRequest, createSkill } from "../fixtures/matching";
import { startWorkerStandin } from "../fixtures/payments";
import { type ApiServer, sessionCookieFor, startApiServer } from "../support/api-server";
import { parseSamples, sampleValue } from "../support/prometheus-text";

// GET /api/metrics over real HTTP after real traffic: the counters move by the calls made, the gauges
// read the database when scraped. The HTTP counters live in this process, so their deltas are exact;
// the database is shared with other files, so the gauges are checked on rows only this file makes.

const TOKEN = `metrics-test-${randomUUID()}`;
process.env.METRICS_TOKEN = TOKEN; // read once, at the first env() of this file's modules
const HOUR = 3_600_000;

let server: ApiServer;
const jobKind = `metrics-test.${randomUUID().slice(0, 8)}`;
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  server = await startApiServer();
});

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  await server.close();
});

async function scrape(token: string | null = TOKEN) {
  const response = await fetch(`${server.url}/api/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, contentType: response.headers.get("content-type"), text: await response.text() };
}

async function samples() {
  const { status, text } = await scrape();
  expect(status).toBe(200);
  return parseSamples(text);
}

describe("GET /api/metrics", () => {
  it("is a 404 in the API's error shape without the token or with a wrong one", async () => {
    for (const token of [null, "wrong-token-of-enough-length", `${TOKEN}x`]) {
      const answer = await scrape(token);
      expect(answer.status).toBe(404);
      expect(JSON.parse(answer.text)).toEqual({ error: { code: "NOT_FOUND", message: "Nothing is served at this address." } });
    }
    const answer = await scrape();
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it("counts and times API requests by the operation's path template and status, never the raw path", async () => {
    const route = { method: "GET", route: "/api/v1/requests/{id}", status: "401" };
    const before = await samples();
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of ids) expect((await fetch(`${server.url}/api/v1/requests/${id}`)).status).toBe(401);
    const after = await samples();

    const moved = (name: string) => (sampleValue(after, name, route) ?? 0) - (sampleValue(before, name, route) ?? 0);
    expect(moved("vetted_http_requests_total")).toBe(3);
    expect(moved("vetted_http_request_duration_seconds_count")).toBe(3);
    expect(moved("vetted_http_request_duration_seconds_sum")).toBeGreaterThan(0);
    const slowestBucket = { ...route, le: "+Inf" };
    expect(
      (sampleValue(after, "vetted_http_request_duration_seconds_bucket", slowestBucket) ?? 0) -
        (sampleValue(before, "vetted_http_request_duration_seconds_bucket", slowestBucket) ?? 0),
    ).toBe(3);
    const text = after.map((sample) => JSON.stringify(sample.labels)).join("\n");
    for (const id of ids) expect(text).not.toContain(id);
  });

  it("reads the job queue per kind when scraped: waiting, held by a worker, scheduled and failed", async () => {
    const scheduledAt = new Date("2100-06-01T00:00:00Z");
    const created = await db.job.createManyAndReturn({
      data: [
        ...[1, 2, 3].map(() => ({ kind: jobKind, runAt: scheduledAt })),
        { kind: jobKind, runAt: new Date("2000-01-01T00:00:00Z"), lockedBy: "metrics-test", lockedUntil: new Date("2200-01-01T00:00:00Z") },
        ...[1, 2].map(() => ({
          kind: jobKind,
          runAt: new Date("2000-01-01T00:00:00Z"),
          attempts: 5,
          status: "FAILED" as const,
          failedAt: new Date(),
          lastError: "boom",
        })),
      ],
      select: { id: true },
    });
    cleanups.push(() => db.job.deleteMany({ where: { id: { in: created.map((job) => job.id) } } }));

    const scraped = await samples();
    const depth = (state: string) => sampleValue(scraped, "vetted_job_queue_depth", { kind: jobKind, state });
    expect({ due: depth("due"), running: depth("running"), scheduled: depth("scheduled") }).toEqual({ due: 0, running: 1, scheduled: 3 });
    expect(sampleValue(scraped, "vetted_jobs_failed", { kind: jobKind })).toBe(2);
    expect(sampleValue(scraped, "vetted_job_oldest_due_age_seconds", { kind: jobKind })).toBe(0);

    // A month after the scheduled ones fell due (nobody else's worker can claim them before 2100).
    const monthLater = new Date(scheduledAt.getTime() + 30 * 24 * HOUR);
    const stats = (await readQueueStats(monthLater)).find((entry) => entry.kind === jobKind);
    expect(stats).toEqual({ kind: jobKind, due: 3, running: 1, scheduled: 0, failed: 2, oldestDueAgeMs: 30 * 24 * HOUR });
  });

  it("counts this instance's open event streams", async () => {
    const client = await createClient();
    const cookie = await sessionCookieFor(client);
    const abort = new AbortController();
    const stream = await fetch(`${server.url}/api/v1/stream`, { headers: { cookie, accept: "text/event-stream" }, signal: abort.signal });
    expect(stream.status).toBe(200);
    expect(sampleValue(await samples(), "vetted_sse_connections")).toBe(1);
    abort.abort();
    await expect.poll(async () => sampleValue(await samples(), "vetted_sse_connections"), { timeout: 5_000 }).toBe(0);
  });

  it("counts failed Stripe calls: no answer at all, and an error status", async () => {
    const before = await samples();
    // Nothing listens at this file's stand-in address yet.
    await expect(stripe().paymentIntents.retrieve(`pi_missing_${randomUUID().slice(0, 8)}`)).rejects.toThrow();
    const standin = await startWorkerStandin("http://127.0.0.1:9/webhook");
    cleanups.push(() => standin.stop());
    await expect(stripe().paymentIntents.retrieve(`pi_missing_${randomUUID().slice(0, 8)}`)).rejects.toMatchObject({ statusCode: 404 });
    const after = await samples();
    const moved = (status: string) =>
      (sampleValue(after, "vetted_stripe_api_errors_total", { status }) ?? 0) - (sampleValue(before, "vetted_stripe_api_errors_total", { status }) ?? 0);
    expect({ network: moved("network"), notFound: moved("404") }).toEqual({ network: 1, notFound: 1 });
  });

  it("reports Stripe events stored but not processed yet, and how long the oldest has waited", async () => {
    const receivedAt = new Date("1999-01-01T00:00:00Z");
    const event = await db.stripeEvent.create({ data: { id: `evt_metrics_${randomUUID().slice(0, 8)}`, type: "customer.created", payload: {}, receivedAt } });
    cleanups.push(() => db.stripeEvent.deleteMany({ where: { id: event.id } }));
    const startedAt = Date.now();
    const scraped = await samples();
    expect(sampleValue(scraped, "vetted_stripe_events_unprocessed")).toBeGreaterThanOrEqual(1);
    const age = sampleValue(scraped, "vetted_stripe_events_oldest_unprocessed_age_seconds") ?? 0;
    expect(age).toBeGreaterThanOrEqual((startedAt - receivedAt.getTime()) / 1000 - 1);
    expect(age).toBeLessThanOrEqual((Date.now() - receivedAt.getTime()) / 1000 + 1);
  });

  it("reports requests being matched by SLA state, with the SLA board's rule", async () => {
    // Deadlines in 1997, read in 1997: no other file's request is near its deadline then.
    const now = new Date("1997-06-01T12:00:00Z");
    const client = await createClient();
    const { id: skillId } = await createSkill();
    const matching = async (deadline: Date) => {
      const { id } = await createDraftRequest(client, skillId);
      await db.hiringRequest.update({
        where: { id },
        data: { status: "MATCHING", submittedAt: new Date(deadline.getTime() - 8 * HOUR), matchDeadline: deadline },
      });
      cleanups.push(() => db.hiringRequest.update({ where: { id }, data: { status: "CANCELLED", cancelledAt: now } }));
      return id;
    };
    await matching(new Date(now.getTime() + HOUR)); // at risk: an hour left, nobody accepted
    await matching(new Date(now.getTime() - HOUR)); // breached: the deadline passed
    await matching(new Date(now.getTime() + 5 * HOUR)); // on track
    const counts = await countMatchingRequestsBySla({ now });
    expect(counts.atRisk).toBe(1);
    expect(counts.breached).toBeGreaterThanOrEqual(1);
    const total = await db.hiringRequest.count({ where: { status: "MATCHING" } });
    expect(counts.onTrack + counts.atRisk + counts.breached).toBe(total);

    const scraped = await samples();
    for (const sla of ["on_track", "at_risk", "breached"]) expect(sampleValue(scraped, "vetted_matching_requests", { sla })).toEqual(expect.any(Number));
  });
});
