import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { openBenchDatabase, prepareScaleData } from "./bench-database";
import { buildApp, startInstance, treeRssMb } from "./chat-setup";
import { addSuiteVolume, BENCH_REQUEST_ID } from "./suite-data";
import { runScript } from "../run-script";

// `npm run bench [-- --seconds 10 --skip-build --http-only]`: builds the app, prepares the scale data
// (100k experts, 5k requests, 200k messages), starts `next start`, and measures with autocannon
// (50 connections) our endpoints and pages, each right after Next's own floor for it (a constant JSON
// handler, a constant server-rendered page) and as a ratio to that floor; then runs bench:matching and
// bench:chat for their headline numbers (unless --http-only). Writes bench-results/bench.{json,md}.

const PORT = 3330;
const DIST_DIR = ".next-bench";
const CONNECTIONS = 50;
// Pages again under lighter load: at 50 connections a page's latency is mostly its wait in the queue
// of a server that two cores share with PostgreSQL and the load generator.
const LIGHT_CONNECTIONS = 10;
const TARGETS = { apiShareOfFloor: 0.7, pageP95Ms: 150 };
const SESSION_COOKIE = "next-auth.session-token";

type Kind = "floor" | "page-floor" | "api" | "page";
type Target = { name: string; path: string; as?: "CLIENT" | "EXPERT" | "ADMIN"; kind: Kind };

const TARGET_LIST: Target[] = [
  { name: "floor: constant JSON route", path: "/api/bench/floor", kind: "floor" },
  { name: "floor: constant server-rendered page", path: "/bench/floor", kind: "page-floor" },
  { name: "GET /api/health", path: "/api/health", kind: "api" },
  { name: "GET /api/v1/requests/{id}", path: `/api/v1/requests/${BENCH_REQUEST_ID}`, as: "CLIENT", kind: "api" },
  { name: "GET /api/v1/conversations", path: "/api/v1/conversations", as: "CLIENT", kind: "api" },
  { name: "page /client", path: "/client", as: "CLIENT", kind: "page" },
  { name: "page /expert", path: "/expert", as: "EXPERT", kind: "page" },
  { name: "page /admin", path: "/admin", as: "ADMIN", kind: "page" },
];

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};

/** The value below which `share` of the sorted samples fall (nearest rank). */
const percentileOf = (sorted: number[], share: number) => sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? 0;

/** autocannon's summary, plus p95 from every response's own latency (autocannon's histogram has no p95). */
function measure(url: string, cookie: string | undefined, seconds: number, connections: number) {
  const latencies: number[] = [];
  return new Promise<autocannon.Result & { p95: number }>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers: cookie ? { cookie } : {} }, (error, result) => {
      if (error) return reject(error);
      latencies.sort((a, b) => a - b);
      resolve({ ...result, p95: Math.round(percentileOf(latencies, 0.95)) });
    });
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

async function main() {
  const seconds = option("seconds", 10);
  const secret = randomBytes(32).toString("hex");
  const givenDatabaseUrl = process.env.DATABASE_URL; // the headline benchmarks open their own otherwise
  if (!process.argv.includes("--skip-build")) buildApp(DIST_DIR);
  const database = await openBenchDatabase();
  const experts = await prepareScaleData(database.url, database.isOwn);
  const volume = await addSuiteVolume(database.url);
  const { db } = await import("@/lib/db");
  const users = await db.user.findMany({ where: { email: { in: ["client@acme.test", "expert@vetted.test", "admin@vetted.test"] } }, select: { id: true, role: true, email: true } });
  const cookies = Object.fromEntries(
    await Promise.all(users.map(async (user) => [user.role, `${SESSION_COOKIE}=${await encode({ token: { sub: user.id, role: user.role, email: user.email }, secret })}`])),
  ) as Record<string, string>;
  process.env.VETTED_BENCH = "1";
  const server = await startInstance({ port: PORT, distDir: DIST_DIR, databaseUrl: database.url, secret });
  type Row = { name: string; kind: Kind; connections: number; rps: number; p50: number; p90: number; p95: number; p99: number; errors: number; non2xx: number };
  const floorRuns: Row[] = [];
  const table: (Row & { floorRps: number; floorP95: number; shareOfFloor: number; meetsTarget: boolean })[] = [];
  let peakRssMb = treeRssMb(server);
  const run = async (target: Target, connections: number): Promise<Row> => {
    const url = `http://localhost:${PORT}${target.path}`;
    await measure(url, target.as && cookies[target.as], 1, connections); // warm-up: compile caches, connections
    const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, treeRssMb(server))), 500);
    const result = await measure(url, target.as && cookies[target.as], seconds, connections);
    clearInterval(sampler);
    return {
      name: target.name,
      kind: target.kind,
      connections,
      rps: Math.round(result.requests.average),
      p50: result.latency.p50,
      p90: result.latency.p90,
      p95: result.p95,
      p99: result.latency.p99,
      errors: result.errors,
      non2xx: result.non2xx,
    };
  };
  try {
    console.log(`${experts} experts, ${volume.requests} requests, ${volume.messages} messages; ${cpus().length} CPUs, load ${loadavg().map((value) => value.toFixed(1)).join(" ")}`);
    await waitForQuietCpu();
    const ours = TARGET_LIST.filter((target) => target.kind === "api" || target.kind === "page");
    const runs = [
      ...ours.map((target) => ({ target, connections: CONNECTIONS })),
      ...ours.filter((target) => target.kind === "page").map((target) => ({ target, connections: LIGHT_CONNECTIONS })),
    ];
    for (const { target, connections } of runs) {
      // Each row against its floor measured just before it: the server's heap grows over the run and
      // the machine is not always as quiet, which would otherwise favour whichever ran first.
      const floor = await run(TARGET_LIST.find((candidate) => candidate.kind === (target.kind === "page" ? "page-floor" : "floor"))!, connections);
      const row = await run(target, connections);
      floorRuns.push(floor);
      const shareOfFloor = row.rps / floor.rps;
      table.push({
        ...row,
        floorRps: floor.rps,
        floorP95: floor.p95,
        shareOfFloor: Math.round(shareOfFloor * 100) / 100,
        meetsTarget: row.kind === "api" ? shareOfFloor >= TARGETS.apiShareOfFloor : row.p95 < TARGETS.pageP95Ms,
      });
    }
  } finally {
    // The server first: a request still in flight would otherwise log the database going away.
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await db.$disconnect();
    await database.server?.stop();
  }
  if (!process.argv.includes("--http-only")) runHeadlineBenchmarks(givenDatabaseUrl);
  const readResult = (file: string) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);
  const report = { measuredAt: new Date().toISOString(), connections: { all: CONNECTIONS, pagesAgain: LIGHT_CONNECTIONS }, seconds, experts, ...volume, peakRssMb, targets: TARGETS, rows: table, floorRuns, matching: readResult("bench-results/matching.json"), chat: readResult("bench-results/chat.json") };
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/bench.json", `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync("bench-results/bench.md", markdown(report));
  console.log(markdown(report));
}

/** Waits (up to 30 s) until the CPUs are at least 80% idle over a second: a build or a vacuum just before skews the floors. */
async function waitForQuietCpu() {
  const idleAndTotal = () => {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    return { idle: fields[3] + fields[4], total: fields.reduce((sum, value) => sum + value, 0) };
  };
  for (let attempt = 0; attempt < 30; attempt++) {
    const before = idleAndTotal();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = idleAndTotal();
    if ((after.idle - before.idle) / (after.total - before.total) >= 0.8) return;
  }
  console.warn("The machine stayed busy for 30 s; the numbers below are measured anyway.");
}

/** bench:matching and bench:chat in this same run, on the build above; each writes its own JSON. */
function runHeadlineBenchmarks(databaseUrl: string | undefined) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.VETTED_BENCH;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  for (const [name, args] of [["matching", []], ["chat", ["--skip-build"]]] as const) {
    rmSync(`bench-results/${name}.json`, { force: true });
    console.log(`Running bench:${name}…`);
    const result = spawnSync(process.execPath, [require.resolve("tsx/cli"), `scripts/bench/${name}.ts`, ...args], { stdio: ["ignore", "ignore", "inherit"], env });
    if (result.status !== 0) console.error(`bench:${name} failed (exit ${result.status}); its row says so.`);
  }
}

type HeadlineResults = {
  matching: { rankMs?: { p95: number }; inviteStepMs?: { p95: number } } | null;
  chat: { deliveryFromAcceptedMs?: { p99: number }; rssMb?: Record<string, { peak: number; quiet: number }> } | null;
};

function headlines({ matching, chat }: HeadlineResults) {
  const matchingLine = matching?.rankMs ? `ranking p95 ${matching.rankMs.p95} ms (target < 250 ms)` : "did not run (see the log above)";
  const memory = chat?.rssMb ? Object.entries(chat.rssMb).map(([name, rss]) => `${name.toUpperCase()} ${rss.peak} MB peak, ${rss.quiet} MB quiet`).join("; ") + " (target < 300 MB)" : null;
  const chatLine = chat?.deliveryFromAcceptedMs ? `delivery p99 ${chat.deliveryFromAcceptedMs.p99} ms (target < 100 ms)${memory ? `; memory ${memory}` : ""}` : "did not run (see the log above)";
  return [`Matching (bench:matching): ${matchingLine}.`, `Chat (bench:chat): ${chatLine}.`];
}

type ReportRow = { name: string; connections: number; rps: number; p50: number; p90: number; p95: number; p99: number; floorRps: number; floorP95: number; shareOfFloor: number; meetsTarget: boolean; non2xx: number };

function markdown(report: HeadlineResults & { rows: ReportRow[]; peakRssMb: number }) {
  const lines = [
    "| target | connections | req/s | p50 ms | p90 ms | p95 ms | p99 ms | floor req/s | floor p95 ms | × floor | target met | non-2xx |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |",
    ...report.rows.map(
      (row) =>
        `| ${row.name} | ${row.connections} | ${row.rps} | ${row.p50} | ${row.p90} | ${row.p95} | ${row.p99} | ${row.floorRps} | ${row.floorP95} | ${row.shareOfFloor} | ${row.meetsTarget ? "yes" : "NO"} | ${row.non2xx} |`,
    ),
    "",
    `Server memory under load (peak RSS): ${report.peakRssMb} MB.`,
    ...headlines(report),
    "Floor: the constant JSON route for API rows, the constant server-rendered page for page rows, measured just before each row at the same connections.",
    "API targets: ≥ 70% of the floor's req/s. Page target: p95 < 150 ms (p95 over every response's latency).",
  ];
  return `${lines.join("\n")}\n`;
}

runScript(main);
