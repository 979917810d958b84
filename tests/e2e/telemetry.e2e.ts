import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { STANDIN_WEBHOOK_SECRET } from "../../lib/stripe";
import { nodeArgs, waitForHttp } from "../../scripts/crash/processes";
import { freePort } from "../../scripts/free-port";
import { onOutputLines } from "../../scripts/output-lines";
import { isDescendant, SPAN_KIND, startOtlpReceiver } from "../support/otlp-receiver";
import { e2eDatabaseUrl, expect, oneOffAddress, test } from "./fixtures";

// The production app server (scripts/server.ts on this run's build) started once more, the way an
// operator would: with tracing on, exporting to a receiver this test runs, and a drain period. It must
// trace an API call and a page, and on SIGTERM turn unready (503 on /api/ready) while it still serves,
// before it stops taking connections.

const DRAIN_MS = 3_000;
const fromRun = (name: string) => readFileSync(`.data/e2e-${name}-${process.env.E2E_PORT}`, "utf8").trim();

test.describe("an app server with tracing and a drain period", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let server: ChildProcess;
  let url: string;
  const lines: string[] = [];

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    receiver = await startOtlpReceiver();
    const port = await freePort();
    url = `http://localhost:${port}`;
    server = spawn(process.execPath, nodeArgs.appServer(port), {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: e2eDatabaseUrl(),
        NEXTAUTH_SECRET: fromRun("auth-secret"),
        TWO_FACTOR_ENCRYPTION_KEY: fromRun("two-factor-key"),
        NEXTAUTH_URL: url,
        STRIPE_API_BASE: fromRun("stripe-url"),
        STRIPE_WEBHOOK_SECRET: STANDIN_WEBHOOK_SECRET,
        SECURE_COOKIES: "false",
        UNSAFE_STAGING_WITH_LOCAL_SERVICES: "true",
        TRUSTED_PROXY_COUNT: "1",
        NEXT_TELEMETRY_DISABLED: "1",
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
        OTEL_BSP_SCHEDULE_DELAY: "100",
        SHUTDOWN_DRAIN_MS: String(DRAIN_MS),
        LOG_LEVEL: "info",
      },
    });
    onOutputLines(server, (line) => lines.push(line));
    await waitForHttp(`${url}/api/ready`, 90_000)(server);
  });

  test.afterAll(async () => {
    if (server?.exitCode === null && server.signalCode === null) {
      server.kill("SIGKILL");
      await new Promise((resolve) => server.once("exit", resolve));
    }
    await receiver?.close();
  });

  test("traces an API call with its database work, the request id being the trace id, and a page", async () => {
    const email = `traced-${randomUUID()}@example.test`;
    const signUp = await fetch(`${url}/api/v1/accounts`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": oneOffAddress() },
      body: JSON.stringify({ accountType: "EXPERT", name: "Traced Expert", email, password: `pw-${randomUUID()}` }),
    });
    expect(signUp.status).toBe(201);
    const traceId = signUp.headers.get("x-request-id") ?? "";
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);

    const spansOfTrace = () => receiver.spans.filter((span) => span.traceId === traceId);
    await expect
      .poll(
        () =>
          spansOfTrace().some((span) => span.kind === SPAN_KIND.SERVER) && spansOfTrace().some((span) => span.attributes["db.system.name"] === "postgresql"),
        {
          timeout: 15_000,
        },
      )
      .toBe(true);
    const spans = spansOfTrace();
    const route = spans.find((span) => span.kind === SPAN_KIND.SERVER);
    expect(route).toMatchObject({ name: "POST /api/v1/accounts", service: "vetted-app" });
    const queries = spans.filter((span) => span.attributes["db.system.name"] === "postgresql");
    for (const query of queries) expect(isDescendant(query, route!, spans)).toBe(true);
    const logged = lines.filter((line) => line.startsWith("{")).map((line) => JSON.parse(line));
    expect(logged.find((entry) => entry.msg === "api request" && entry.requestId === traceId)).toMatchObject({ traceId, status: 201 });

    const page = await fetch(`${url}/sign-in`);
    expect(page.status).toBe(200);
    await expect
      .poll(() => receiver.spans.some((span) => span.kind === SPAN_KIND.SERVER && span.attributes["url.path"] === "/sign-in"), { timeout: 15_000 })
      .toBe(true);
  });

  test("on SIGTERM answers /api/ready with 503 while it still serves, then stops", async () => {
    expect((await fetch(`${url}/api/ready`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => server.once("exit", resolve));
    const signalledAt = Date.now();
    server.kill("SIGTERM");
    await expect.poll(async () => (await fetch(`${url}/api/ready`)).status, { timeout: 2_000 }).toBe(503);
    expect(await (await fetch(`${url}/api/ready`)).json()).toEqual({ status: "shutting down" });
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(Date.now() - signalledAt).toBeLessThan(DRAIN_MS);

    expect(await exited).toBe(0);
    expect(Date.now() - signalledAt).toBeGreaterThanOrEqual(DRAIN_MS);
    await expect(fetch(`${url}/api/ready`)).rejects.toThrow();
  });
});
