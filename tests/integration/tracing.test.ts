import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUp } from "@/lib/auth/sign-up";
import { db } from "@/lib/db";
import { onOutputLines } from "../../scripts/output-lines";
import { markEmailVerified } from "../fixtures/accounts";
import { createClient, createDraftRequest, createSkill, sessionUserOf } from "../fixtures/matching";
import { startWorkerStandin } from "../fixtures/payments";
import { sessionCookieFor } from "../support/api-server";
import { isDescendant, type ReceivedSpan, SPAN_KIND, startOtlpReceiver } from "../support/otlp-receiver";

// Tracing end to end: a process started the way the app server and the worker start (tracing first),
// exporting over OTLP/HTTP to a receiver this test runs. Its spans must tell one story per request or
// job: the server span named by the route, the queries and Stripe calls inside it, one trace id — the
// one the answer's x-request-id and the log lines carry.

let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
let api: { url: string; child: ChildProcess; lines: string[] };
let standin: Awaited<ReturnType<typeof startWorkerStandin>>;

function startTraced(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/traced-process.ts", ...args], {
    env: { ...process.env, OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_BSP_SCHEDULE_DELAY: "50", LOG_LEVEL: "info", NODE_ENV: "test" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  onOutputLines(child, (line) => lines.push(line));
  return { child, lines };
}

async function spansOfTrace(traceId: string, until: (spans: ReceivedSpan[]) => boolean) {
  await expect.poll(() => until(receiver.spans.filter((span) => span.traceId === traceId)), { timeout: 10_000 }).toBe(true);
  return receiver.spans.filter((span) => span.traceId === traceId);
}

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  standin = await startWorkerStandin("http://127.0.0.1:9/webhook");
  const { child, lines } = startTraced(["api"]);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the traced API did not start: ${lines.join("\n")}`)), 30_000);
    onOutputLines(child, (line) => {
      if (line.startsWith('{"url"')) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    child.once("exit", (code) => reject(new Error(`the traced API exited with ${code}: ${lines.join("\n")}`)));
  });
  api = { url, child, lines };
}, 60_000);

afterAll(async () => {
  if (api?.child.exitCode === null) {
    api.child.kill("SIGTERM");
    await new Promise((resolve) => api.child.once("exit", resolve));
  }
  await standin?.stop();
  await receiver?.close();
});

describe("tracing", () => {
  it("traces an API call: a server span named by its route, its queries inside it, and the trace id as the request id", async () => {
    const client = await createClient();
    const { id: skillId } = await createSkill();
    const request = await createDraftRequest(client, skillId);
    const response = await fetch(`${api.url}/api/v1/requests/${request.id}`, { headers: { cookie: await sessionCookieFor(client) } });
    expect(response.status).toBe(200);
    const traceId = response.headers.get("x-request-id") ?? "";
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);

    const spans = await spansOfTrace(
      traceId,
      (found) => found.some((span) => span.kind === SPAN_KIND.SERVER) && found.some((span) => span.attributes["db.system.name"] === "postgresql"),
    );
    const server = spans.find((span) => span.kind === SPAN_KIND.SERVER);
    expect(server).toMatchObject({ name: "GET /api/v1/requests/{id}", service: "vetted-test", attributes: { "http.route": "/api/v1/requests/{id}" } });
    const queries = spans.filter((span) => span.attributes["db.system.name"] === "postgresql");
    expect(queries.length).toBeGreaterThanOrEqual(2); // the session user, then the request
    for (const query of queries) expect(isDescendant(query, server!, spans), `${query.name} inside the request's span`).toBe(true);
    expect(receiver.contentTypes).toEqual(new Set(["application/json"]));

    const logged = api.lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === "api request" && entry.requestId === traceId);
    expect(logged).toMatchObject({ traceId, route: "/api/v1/requests/{id}", path: `/api/v1/requests/${request.id}`, status: 200 });
  });

  it("redacts the token of an emailed link in the request's span", async () => {
    const token = "T".repeat(43);
    const response = await fetch(`${api.url}/api/v1/me?token=${token}&page=2`);
    const traceId = response.headers.get("x-request-id") ?? "";
    const spans = await spansOfTrace(traceId, (found) => found.some((span) => span.kind === SPAN_KIND.SERVER));
    expect(JSON.stringify(spans)).not.toContain(token);
    expect(spans.find((span) => span.kind === SPAN_KIND.SERVER)?.attributes["url.query"]).toBe("token=REDACTED&page=2");
  });

  it("keeps a request's log line short whatever the length of its path", async () => {
    const response = await fetch(`${api.url}/api/v1/requests/${"a".repeat(6_000)}`);
    expect(response.status).toBe(401);
    const traceId = response.headers.get("x-request-id");
    await expect.poll(() => api.lines.find((line) => line.includes(`"requestId":"${traceId}"`))).toBeDefined();
    const line = api.lines.find((candidate) => candidate.includes(`"requestId":"${traceId}"`)) ?? "";
    expect(line.length).toBeLessThan(1_000);
    expect(JSON.parse(line)).toMatchObject({ msg: "api request", route: "/api/v1/requests/{id}", status: 401 });
  });

  it("traces Stripe calls inside the request that makes them, each named by its path without ids", async () => {
    const account = await signUp({
      accountType: "EXPERT",
      name: "Traced Expert",
      email: `traced-${randomUUID()}@example.test`,
      password: "traced expert password",
    });
    await markEmailVerified(account.id);
    await db.expertProfile.update({ where: { userId: account.id }, data: { vettingStatus: "APPROVED" } }); // payouts open once approved
    const expert = await sessionUserOf(account.id);
    const response = await fetch(`${api.url}/api/v1/payouts/onboarding`, {
      method: "POST",
      headers: { cookie: await sessionCookieFor(expert), "content-type": "application/json" },
      body: "{}",
    });
    expect(response.status).toBe(200);
    const traceId = response.headers.get("x-request-id") ?? "";
    const spans = await spansOfTrace(traceId, (found) => found.some((span) => span.name === "stripe POST /v1/account_links"));
    const server = spans.find((span) => span.kind === SPAN_KIND.SERVER)!;
    expect(server.name).toBe("POST /api/v1/payouts/onboarding");
    for (const name of ["stripe POST /v1/accounts", "stripe POST /v1/account_links"]) {
      const call = spans.find((span) => span.name === name);
      expect(call, name).toBeDefined();
      expect(isDescendant(call!, server, spans)).toBe(true);
      // The HTTP instrumentation's span of the wire sits inside it.
      expect(spans.some((span) => span.kind === SPAN_KIND.CLIENT && span.parentSpanId === call!.spanId)).toBe(true);
    }
  });

  it("traces a job run as one trace named by its kind, with its queries inside", async () => {
    const job = await db.job.create({
      data: {
        kind: "matching.at-risk",
        payload: { requestId: `missing-${randomUUID()}` },
        runAt: new Date("2100-01-01T00:00:00Z"),
        lockedBy: "tracing-test",
        attempts: 1,
      },
      select: { id: true },
    });
    const { child, lines } = startTraced(["job", job.id]);
    const code = await new Promise((resolve) => child.once("exit", resolve));
    expect(code, lines.join("\n")).toBe(0);
    expect((await db.job.findUniqueOrThrow({ where: { id: job.id }, select: { doneAt: true } })).doneAt).not.toBeNull();

    const run = receiver.spans.find((span) => span.name === "job matching.at-risk" && span.attributes["job.id"] === job.id);
    expect(run).toMatchObject({ parentSpanId: null, kind: SPAN_KIND.INTERNAL, attributes: { "job.kind": "matching.at-risk", "job.attempt": 1 } });
    const trace = receiver.spans.filter((span) => span.traceId === run!.traceId);
    const queries = trace.filter((span) => span.attributes["db.system.name"] === "postgresql");
    expect(queries.length).toBeGreaterThanOrEqual(2); // the handler's read, then marking the job done
    for (const query of queries) expect(isDescendant(query, run!, trace)).toBe(true);
    await db.job.delete({ where: { id: job.id } });
  });
});
