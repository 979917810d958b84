import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import http from "node:http";
import { cpus, loadavg } from "node:os";
import { freePort, portFromEnv } from "../free-port";
import { treeRssMb } from "../process-memory";
import { runScript } from "../run-script";
import { buildApp, createPairs, type Pair, startInstance } from "./chat-setup";

// `npm run bench:chat [-- --streams 1000 --rate 50 --seconds 20 --skip-build]`: two `next start`
// instances on one database, --streams open event streams on each (clients on A, experts on B), a
// client message posted through A every 1/rate s; prints the delivery latency to the expert's stream
// on B, and each instance's memory. Targets: p99 < 100 ms, < 300 MB per instance.

const DIST_DIR = ".next-bench";
/** The two app instances' ports, taken from the OS when the run starts. */
const PORTS = { a: 0, b: 0 };
const TARGETS = { p99Ms: 100, rssMb: 300 };
const QUIET_MS = 30_000;

function option(name: string, fallback: number) {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

/** Opens an SSE stream and calls `onMessage(messageClientId)` for each message event; resolves once connected. */
function openStream(port: number, cookie: string, onMessage: (clientMessageId: string) => void) {
  return new Promise<http.ClientRequest>((resolve, reject) => {
    const request = http.get(
      { host: "localhost", port, path: "/api/v1/stream", headers: { cookie, accept: "text/event-stream" }, agent: false },
      (response) => {
        if (response.statusCode !== 200) return reject(new Error(`stream answered ${response.statusCode}`));
        let buffer = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (!block.includes("event: message")) continue;
            const data = block.split("\n").find((line) => line.startsWith("data: "));
            if (data) onMessage((JSON.parse(data.slice(6)) as { message: { clientMessageId: string } }).message.clientMessageId);
          }
        });
        resolve(request);
      },
    );
    request.on("error", reject);
  });
}

function percentile(samples: number[], share: number) {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] * 10) / 10;
}

async function openDatabase() {
  const { startEmbeddedPostgres } = await import("../postgres/embedded");
  const { applyMigrations } = await import("../postgres/migrate");
  const { Client } = await import("pg");
  const server = await startEmbeddedPostgres({ dataDir: ".data/pg-bench", port: await portFromEnv("BENCH_PG_PORT") });
  const name = `vetted_bench_chat_${Date.now()}`;
  const admin = new Client({ connectionString: server.url("postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = server.url(name);
  await applyMigrations(url);
  const drop = async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    await server.stop();
  };
  return { url, drop };
}

async function main() {
  const streams = option("streams", 1000);
  const rate = option("rate", 50);
  const seconds = option("seconds", 20);
  const secret = randomBytes(32).toString("hex");
  if (!process.argv.includes("--skip-build")) buildApp(DIST_DIR);
  const database = await openDatabase();
  const pairs = await createPairs(database.url, streams, secret);
  PORTS.a = await freePort();
  PORTS.b = await freePort();
  const instances = await Promise.all([PORTS.a, PORTS.b].map((port) => startInstance({ port, distDir: DIST_DIR, databaseUrl: database.url, secret })));
  const open: http.ClientRequest[] = [];
  try {
    const delivered = new Map<string, number>();
    const pending = new Map<string, { sentAt: number; acceptedAt?: number }>();
    const onExpertMessage = (clientMessageId: string) => {
      if (pending.has(clientMessageId)) delivered.set(clientMessageId, performance.now());
    };
    // Warm each instance once (route compiled, pools open), so the difference to after-opening is the streams'.
    await Promise.all(
      [PORTS.a, PORTS.b].map((port) =>
        fetch(`http://localhost:${port}/api/v1/stream`, { headers: { cookie: pairs[0].clientCookie }, signal: AbortSignal.timeout(1_000) })
          .then((response) => response.body?.cancel())
          .catch(() => undefined),
      ),
    );
    const memoryBeforeOpen = instances.map(treeRssMb);
    const startedOpening = performance.now();
    for (let index = 0; index < pairs.length; index += 100) {
      const batch = pairs.slice(index, index + 100);
      open.push(...(await Promise.all(batch.map((pair) => openStream(PORTS.b, pair.expertCookie, onExpertMessage)))));
      open.push(...(await Promise.all(batch.map((pair) => openStream(PORTS.a, pair.clientCookie, () => undefined)))));
    }
    console.log(
      `${open.length} streams open (${streams} on each instance) in ${Math.round(performance.now() - startedOpening)} ms; ${cpus().length} CPUs, load ${loadavg()
        .map((value) => value.toFixed(1))
        .join(" ")}`,
    );
    const memoryAfterOpen = instances.map(treeRssMb);

    const total = Math.round(rate * seconds);
    const failures: string[] = [];
    const posts: Promise<void>[] = [];
    const peakRss = [...memoryAfterOpen];
    const sampler = setInterval(() => {
      for (const [index, instance] of instances.entries()) peakRss[index] = Math.max(peakRss[index], treeRssMb(instance));
    }, 1_000);
    const started = performance.now();
    for (let index = 0; index < total; index++) {
      const wait = started + (index * 1_000) / rate - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      posts.push(postMessage(pairs[index % pairs.length], pending, failures));
    }
    await Promise.all(posts);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    clearInterval(sampler);
    // V8 returns garbage from the burst to the OS lazily: also read memory once the streams sit quiet.
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    const memoryQuiet = instances.map(treeRssMb);

    const fromAccepted: number[] = [];
    const fromSent: number[] = [];
    for (const [id, timing] of pending) {
      const receivedAt = delivered.get(id);
      if (receivedAt === undefined || timing.acceptedAt === undefined) continue;
      fromSent.push(receivedAt - timing.sentAt);
      // NOTIFY fires on commit, which can beat the HTTP answer back to us: that counts as 0.
      fromAccepted.push(Math.max(0, receivedAt - timing.acceptedAt));
    }
    const result = {
      benchmark: "chat",
      streamsPerInstance: streams,
      messages: total,
      delivered: fromAccepted.length,
      failedPosts: failures.length,
      ratePerSecond: rate,
      deliveryFromAcceptedMs: { p50: percentile(fromAccepted, 0.5), p99: percentile(fromAccepted, 0.99), max: percentile(fromAccepted, 1) },
      deliveryFromSentMs: { p50: percentile(fromSent, 0.5), p99: percentile(fromSent, 0.99), max: percentile(fromSent, 1) },
      rssMb: {
        a: { beforeOpen: memoryBeforeOpen[0], afterOpen: memoryAfterOpen[0], peak: peakRss[0], quiet: memoryQuiet[0] },
        b: { beforeOpen: memoryBeforeOpen[1], afterOpen: memoryAfterOpen[1], peak: peakRss[1], quiet: memoryQuiet[1] },
      },
      targets: TARGETS,
    };
    console.log(`Delivered ${result.delivered} of ${total} messages (${failures.length} posts failed${failures.length ? `: ${failures[0]}` : ""})`);
    console.log(
      `Post accepted → event on B   p50 ${result.deliveryFromAcceptedMs.p50} ms, p99 ${result.deliveryFromAcceptedMs.p99} ms, max ${result.deliveryFromAcceptedMs.max} ms (target p99 < ${TARGETS.p99Ms} ms)`,
    );
    console.log(
      `Post sent → event on B       p50 ${result.deliveryFromSentMs.p50} ms, p99 ${result.deliveryFromSentMs.p99} ms, max ${result.deliveryFromSentMs.max} ms`,
    );
    for (const [label, memory] of Object.entries(result.rssMb)) {
      console.log(
        `Memory (RSS) ${label.toUpperCase()}: ${memory.beforeOpen} MB before opening streams, ${memory.afterOpen} MB after opening, ${memory.peak} MB peak while posting, ${memory.quiet} MB after ${QUIET_MS / 1000} s quiet (target < ${TARGETS.rssMb} MB)`,
      );
    }
    mkdirSync("bench-results", { recursive: true });
    writeFileSync("bench-results/chat.json", `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result));
  } finally {
    for (const request of open) request.destroy();
    for (const instance of instances) instance.kill("SIGTERM");
    await Promise.all(instances.map((instance) => new Promise((resolve) => (instance.exitCode === null ? instance.once("exit", resolve) : resolve(null)))));
    await database.drop();
  }
}

async function postMessage(pair: Pair, pending: Map<string, { sentAt: number; acceptedAt?: number }>, failures: string[]) {
  const clientMessageId = randomUUID();
  const timing: { sentAt: number; acceptedAt?: number } = { sentAt: performance.now() };
  pending.set(clientMessageId, timing);
  const response = await fetch(`http://localhost:${PORTS.a}/api/v1/conversations/${pair.conversationId}/messages`, {
    method: "POST",
    headers: { cookie: pair.clientCookie, "content-type": "application/json" },
    body: JSON.stringify({ clientMessageId, body: `Benchmark message ${clientMessageId.slice(0, 8)}` }),
  }).catch((error: Error) => error);
  if (response instanceof Error || response.status !== 201) {
    failures.push(response instanceof Error ? response.message : `${response.status} ${await response.text()}`);
    pending.delete(clientMessageId);
    return;
  }
  timing.acceptedAt = performance.now();
}

runScript(main);
