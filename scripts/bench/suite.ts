import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { nodeArgs } from "../crash/processes";
import { freePort } from "../free-port";
import { treeRssMb } from "../process-memory";
import { runScript } from "../run-script";
import { openBenchDatabase, prepareScaleData } from "./bench-database";
import { buildApp, createPairs, type Pair, startInstance } from "./chat-setup";
import { measurePageWeight, type PageWeight, pageWeightMarkdown } from "./page-weight";
import { profileMarkdown, summarizeProfile } from "./profile-summary";
import { addSuiteVolume, BENCH_REQUEST_ID } from "./suite-data";

// `npm run bench [-- --seconds 10 --skip-build --http-only --profile <row>]`: builds the app, prepares the scale data
// (100k experts, 5k requests, 200k messages), starts the app server and two yardsticks beside it —
// a plain Express + pg server reading one row by primary key (the reference) and bare node:http (the
// ceiling) — and measures with autocannon (50 connections, after a warm-up) our API rows as a ratio
// of the reference measured just before each, our pages against Next's constant page, as a p95, and a
// cached public hiring page against the client dashboard, with what a first visit downloads.
// Then bench:matching, bench:chat and bench:files for their headline numbers (unless --http-only). Writes
// bench-results/bench.{json,md}. With --profile, only the API rows whose name contains the given text
// run, the app under --cpu-prof, and where its CPU time went is printed (bench-results/profile.md).

const DIST_DIR = ".next-bench";
const CONNECTIONS = 50;
// Pages again under lighter load: at 50 connections a page's latency is mostly its wait in the queue
// of a server that two cores share with PostgreSQL and the load generator.
const LIGHT_CONNECTIONS = 10;
const TARGETS = { pageP95Ms: 150, peakRssMb: 500 };
const SESSION_COOKIE = "next-auth.session-token";

type Kind = "ceiling" | "reference" | "api" | "page-floor" | "page" | "cached-page";
type Server = "app" | "reference" | "ceiling";
type Target = {
  name: string;
  server: Server;
  path: string;
  kind: Kind;
  as?: "CLIENT" | "EXPERT" | "ADMIN";
  /** A POST that each request builds afresh: its path, the sender's session cookie and its JSON body. */
  post?: () => { path: string; cookie: string; body: unknown };
  /** API rows: the least share of the reference's req/s, and the most p99. */
  target?: { shareOfReference: number; p99Ms?: number };
};

/** Client–expert pairs with a conversation each, made when the run starts: the message posts' senders. */
const senders: Pair[] = [];

const TARGET_LIST: Target[] = [
  { name: "ceiling: bare node:http, constant JSON", server: "ceiling", path: "/", kind: "ceiling" },
  { name: "reference: Express + pg, one row by primary key", server: "reference", path: `/requests/${BENCH_REQUEST_ID}`, kind: "reference" },
  { name: "floor: constant server-rendered page", server: "app", path: "/bench/floor", kind: "page-floor" },
  { name: "GET /api/health", server: "app", path: "/api/health", kind: "api" },
  {
    name: "GET /api/v1/requests/{id}",
    server: "app",
    path: `/api/v1/requests/${BENCH_REQUEST_ID}`,
    as: "CLIENT",
    kind: "api",
    target: { shareOfReference: 1, p99Ms: 50 },
  },
  { name: "GET /api/v1/conversations", server: "app", path: "/api/v1/conversations", as: "CLIENT", kind: "api", target: { shareOfReference: 0.7 } },
  {
    name: "POST /api/v1/conversations/{id}/messages",
    server: "app",
    path: "/api/v1/conversations/{id}/messages",
    kind: "api",
    // From many senders: one person may post 30 messages a minute (lib/chat/post-message.ts).
    post: () => {
      const pair = senders[Math.floor(Math.random() * senders.length)];
      const body = { clientMessageId: randomUUID(), body: "A benchmark message: the schedule for next week and the one open question." };
      return { path: `/api/v1/conversations/${pair.conversationId}/messages`, cookie: pair.clientCookie, body };
    },
    target: { shareOfReference: 0.5 },
  },
  { name: "page /client", server: "app", path: "/client", as: "CLIENT", kind: "page" },
  { name: "page /expert", server: "app", path: "/expert", as: "EXPERT", kind: "page" },
  { name: "page /admin", server: "app", path: "/admin", as: "ADMIN", kind: "page" },
  // A public hiring page, generated once and then served from Next's cache, against the client's dashboard.
  { name: "page /hire/fastapi (cached)", server: "app", path: "/hire/fastapi", kind: "cached-page" },
];
const CACHED_PAGE_TARGET = { shareOfDashboard: 5 };
const WEIGHED_PAGES = ["/hire/fastapi", "/hire", "/"];

const PROFILE_DIR = "bench-results/profiles";
const textOption = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
};

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};

/** The value below which `share` of the sorted samples fall (nearest rank). */
const percentileOf = (sorted: number[], share: number) => sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? 0;

type Measured = autocannon.Result & { p95: number; statuses: Record<string, number> };

/** autocannon's summary, plus p95 from every response's own latency (autocannon's histogram has no p95) and a count per status. */
function measure(url: string, headers: Record<string, string>, seconds: number, connections: number, post?: Target["post"]) {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const requests = post
    ? [
        {
          method: "POST" as const,
          setupRequest: (request: autocannon.Request) => {
            const { path, cookie, body } = post();
            return { ...request, path, headers: { ...request.headers, cookie }, body: JSON.stringify(body) };
          },
        },
      ]
    : undefined;
  return new Promise<Measured>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers, requests }, (error, result) => {
      if (error) return reject(error);
      latencies.sort((a, b) => a - b);
      resolve({ ...result, p95: Math.round(percentileOf(latencies, 0.95)), statuses });
    });
    instance.on("response", (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
}

/** A yardstick server in its own process, on a port the OS gave out. */
async function startReference(kind: "express" | "http", databaseUrl: string) {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs.script("scripts/bench/reference-server.ts", "--kind", kind, "--port", String(port))], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => String(chunk).includes("listening") && resolve());
    child.once("exit", (code) => reject(new Error(`the ${kind} reference server exited (${code})`)));
  });
  return { port, child };
}

type Row = {
  name: string;
  kind: Kind;
  connections: number;
  rps: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  statuses: Record<string, number>;
  /** The app server's peak RSS during this row (MB), for the rows it served. */
  appRssMb: number | null;
};
type TableRow = Row & { yardstick: string | null; yardstickRps: number | null; share: number | null; target: string; meetsTarget: boolean | null };

async function main() {
  const seconds = option("seconds", 10);
  const profiled = textOption("profile");
  const secret = randomBytes(32).toString("hex");
  const givenDatabaseUrl = process.env.DATABASE_URL; // the headline benchmarks open their own otherwise
  if (!process.argv.includes("--skip-build")) buildApp(DIST_DIR);
  const database = await openBenchDatabase();
  const experts = await prepareScaleData(database.url, database.isOwn);
  const volume = await addSuiteVolume(database.url);
  const { db } = await import("@/lib/db");
  senders.push(...(await createPairs(database.url, 500, secret)));
  const users = await db.user.findMany({
    where: { email: { in: ["client@acme.test", "expert@vetted.test", "admin@vetted.test"] } },
    select: { id: true, role: true, email: true },
  });
  const cookies = Object.fromEntries(
    await Promise.all(
      users.map(async (user) => [user.role, `${SESSION_COOKIE}=${await encode({ token: { sub: user.id, role: user.role, email: user.email }, secret })}`]),
    ),
  ) as Record<string, string>;
  process.env.VETTED_BENCH = "1";
  const appPort = await freePort();
  if (profiled) rmSync(PROFILE_DIR, { recursive: true, force: true });
  const nodeFlags = profiled ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  const app = await startInstance({ port: appPort, distDir: DIST_DIR, databaseUrl: database.url, secret, nodeFlags });
  let appRequests = 0;
  const reference = await startReference("express", database.url);
  const ceiling = await startReference("http", database.url);
  const origins: Record<Server, string> = {
    app: `http://localhost:${appPort}`,
    reference: `http://127.0.0.1:${reference.port}`,
    ceiling: `http://127.0.0.1:${ceiling.port}`,
  };
  const rows: TableRow[] = [];
  const weights: PageWeight[] = [];
  let peakRssMb = treeRssMb(app);
  const run = async (target: Target, connections: number): Promise<Row> => {
    const url = `${origins[target.server]}${target.path}`;
    const headers: Record<string, string> = {};
    if (target.as) headers.cookie = cookies[target.as];
    if (target.post) Object.assign(headers, { "content-type": "application/json", origin: origins.app });
    const warmUp = await measure(url, headers, 2, connections, target.post); // warm-up: JIT, caches, pooled connections
    let rowPeakRssMb = treeRssMb(app);
    const sampler = setInterval(() => (rowPeakRssMb = Math.max(rowPeakRssMb, treeRssMb(app))), 250);
    const result = await measure(url, headers, seconds, connections, target.post);
    clearInterval(sampler);
    rowPeakRssMb = Math.max(rowPeakRssMb, treeRssMb(app));
    if (target.server === "app") appRequests += warmUp.requests.total + result.requests.total;
    peakRssMb = Math.max(peakRssMb, rowPeakRssMb);
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
      statuses: result.statuses,
      appRssMb: target.server === "app" ? rowPeakRssMb : null,
    };
  };
  const find = (kind: Kind) => TARGET_LIST.find((candidate) => candidate.kind === kind)!;
  try {
    console.log(
      `${experts} experts, ${volume.requests} requests, ${volume.messages} messages; ${cpus().length} CPUs, load ${loadavg()
        .map((value) => value.toFixed(1))
        .join(" ")}`,
    );
    await waitForQuietCpu();
    const ceilingRow = await run(find("ceiling"), CONNECTIONS);
    rows.push({ ...ceilingRow, yardstick: null, yardstickRps: null, share: null, target: "", meetsTarget: null });
    for (const target of TARGET_LIST.filter((candidate) => candidate.kind === "api" && (!profiled || candidate.name.includes(profiled)))) {
      // Each row against the reference measured just before it: the machine is not equally quiet all
      // run long, which would otherwise favour whichever ran first.
      const yardstick = await run(find("reference"), CONNECTIONS);
      const row = await run(target, CONNECTIONS);
      const share = Math.round((row.rps / yardstick.rps) * 100) / 100;
      const goal = target.target;
      const meetsTarget = goal
        ? share >= goal.shareOfReference && (goal.p99Ms === undefined || row.p99 < goal.p99Ms) && row.non2xx === 0 && row.errors === 0
        : null;
      rows.push({ ...yardstick, yardstick: null, yardstickRps: null, share: null, target: "", meetsTarget: null });
      rows.push({
        ...row,
        yardstick: "reference",
        yardstickRps: yardstick.rps,
        share,
        target: goal ? `≥ ${goal.shareOfReference}× reference${goal.p99Ms ? `, p99 < ${goal.p99Ms} ms` : ""}` : "",
        meetsTarget,
      });
    }
    if (!profiled) {
      const dashboard = TARGET_LIST.find((candidate) => candidate.path === "/client")!;
      for (const target of TARGET_LIST.filter((candidate) => candidate.kind === "cached-page")) {
        await fetch(`${origins.app}${target.path}`); // the first visit generates it
        const yardstick = await run(dashboard, CONNECTIONS);
        const row = await run(target, CONNECTIONS);
        const share = Math.round((row.rps / yardstick.rps) * 100) / 100;
        rows.push({
          ...row,
          yardstick: "page /client",
          yardstickRps: yardstick.rps,
          share,
          target: `≥ ${CACHED_PAGE_TARGET.shareOfDashboard}× the dashboard`,
          meetsTarget: share >= CACHED_PAGE_TARGET.shareOfDashboard && row.non2xx === 0 && row.errors === 0,
        });
      }
      for (const path of WEIGHED_PAGES) weights.push(await measurePageWeight(origins.app, path));
    }
    const pages = profiled ? [] : TARGET_LIST.filter((candidate) => candidate.kind === "page");
    for (const connections of [CONNECTIONS, LIGHT_CONNECTIONS]) {
      for (const target of pages) {
        const floor = await run(find("page-floor"), connections);
        const row = await run(target, connections);
        const share = Math.round((row.rps / floor.rps) * 100) / 100;
        rows.push({
          ...row,
          yardstick: "constant page",
          yardstickRps: floor.rps,
          share,
          target: `p95 < ${TARGETS.pageP95Ms} ms`,
          meetsTarget: row.p95 < TARGETS.pageP95Ms && row.non2xx === 0,
        });
      }
    }
  } finally {
    // The servers first: a request still in flight would otherwise log the database going away.
    await Promise.all([app, reference.child, ceiling.child].map(stopProcess));
    await db.$disconnect();
    await database.server?.stop();
  }
  if (profiled) return reportProfile(rows, appRequests);
  if (!process.argv.includes("--http-only")) runHeadlineBenchmarks(givenDatabaseUrl);
  const readResult = (file: string) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);
  const report = {
    measuredAt: new Date().toISOString(),
    cpus: cpus().length,
    connections: { all: CONNECTIONS, pagesAgain: LIGHT_CONNECTIONS },
    seconds,
    experts,
    ...volume,
    peakRssMb,
    targets: TARGETS,
    rows,
    pageWeights: weights,
    matching: readResult("bench-results/matching.json"),
    chat: readResult("bench-results/chat.json"),
    files: readResult("bench-results/files.json"),
  };
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/bench.json", `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync("bench-results/bench.md", markdown(report));
  console.log(markdown(report));
}

function reportProfile(rows: TableRow[], appRequests: number) {
  console.log(markdownTable(rows));
  // One profile per thread (tsx's module loader has its own): the server's main thread did the work.
  const [busiest] = readdirSync(PROFILE_DIR)
    .map((name) => `${PROFILE_DIR}/${name}`)
    .sort((a, b) => statSync(b).size - statSync(a).size);
  const summary = profileMarkdown(summarizeProfile(busiest), appRequests);
  writeFileSync("bench-results/profile.md", `${summary}\n`);
  console.log(`\n${summary}`);
}

async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
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
  for (const [name, args] of [
    ["matching", []],
    ["chat", ["--skip-build"]],
    ["files", ["--skip-build", "--dist-dir", DIST_DIR]],
  ] as const) {
    rmSync(`bench-results/${name}.json`, { force: true });
    console.log(`Running bench:${name}…`);
    const result = spawnSync(process.execPath, [require.resolve("tsx/cli"), `scripts/bench/${name}.ts`, ...args], {
      stdio: ["ignore", "ignore", "inherit"],
      env,
    });
    if (result.status !== 0) console.error(`bench:${name} failed (exit ${result.status}); its row says so.`);
  }
}

type FilesResult = {
  driver: string;
  issueRps: number;
  transfers: { sizeMb: number; uploadMBps: number; downloadMBps: number; rssBeforeMb: number; rssPeakMb: number }[];
};

type HeadlineResults = {
  files?: { results: FilesResult[] } | null;
  matching: { rankMs?: { p95: number }; inviteStepMs?: { p95: number } } | null;
  chat: { deliveryFromAcceptedMs?: { p99: number }; rssMb?: Record<string, { peak: number; quiet: number }> } | null;
};

function headlines({ matching, chat, files }: HeadlineResults) {
  const matchingLine = matching?.rankMs ? `ranking p95 ${matching.rankMs.p95} ms (target < 250 ms)` : "did not run (see the log above)";
  const memory = chat?.rssMb
    ? `${Object.entries(chat.rssMb)
        .map(([name, rss]) => `${name.toUpperCase()} ${rss.peak} MB peak, ${rss.quiet} MB quiet`)
        .join("; ")} (target < 300 MB)`
    : null;
  const chatLine = chat?.deliveryFromAcceptedMs
    ? `delivery p99 ${chat.deliveryFromAcceptedMs.p99} ms (target < 100 ms)${memory ? `; memory ${memory}` : ""}`
    : "did not run (see the log above)";
  const filesLine = files?.results
    ? files.results
        .map((row) => {
          const largest = row.transfers.at(-1);
          return `${row.driver} ${row.issueRps} presigned URLs/s${largest ? `, ${largest.sizeMb} MB up ${largest.uploadMBps} MB/s down ${largest.downloadMBps} MB/s, app RSS ${largest.rssBeforeMb}→${largest.rssPeakMb} MB` : ""}`;
        })
        .join("; ")
    : "did not run (see the log above)";
  return [`Matching (bench:matching): ${matchingLine}.`, `Chat (bench:chat): ${chatLine}.`, `Files (bench:files): ${filesLine}.`];
}

function markdownTable(rows: TableRow[]) {
  return [
    "| row | connections | req/s | p50 ms | p90 ms | p95 ms | p99 ms | measured against | its req/s | × | target | met | non-2xx | app RSS MB |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- | --- | ---: | ---: |",
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.connections} | ${row.rps} | ${row.p50} | ${row.p90} | ${row.p95} | ${row.p99} | ${row.yardstick ?? ""} | ${row.yardstickRps ?? ""} | ${row.share ?? ""} | ${row.target} | ${row.meetsTarget === null ? "" : row.meetsTarget ? "yes" : "NO"} | ${row.non2xx} | ${row.appRssMb ?? ""} |`,
    ),
  ].join("\n");
}

function markdown(report: HeadlineResults & { rows: TableRow[]; peakRssMb: number; pageWeights: PageWeight[] }) {
  const lines = [
    markdownTable(report.rows),
    "",
    "What a first visit downloads:",
    "",
    pageWeightMarkdown(report.pageWeights),
    "",
    `App server memory under load (peak RSS over the whole run): ${report.peakRssMb} MB (target < ${TARGETS.peakRssMb} MB: ${report.peakRssMb < TARGETS.peakRssMb ? "met" : "NOT met"}).`,
    ...headlines(report),
    "Reference: a plain Express + pg server reading one hiring request by primary key, no session, measured just before each API row. Ceiling: bare node:http answering constant JSON.",
    "Pages: against Next's constant server-rendered page measured just before each, at the same connections; target p95 < 150 ms (p95 over every response's latency).",
    "Cached pages: a public hiring page served from Next's cache, against the client dashboard (rendered per request) measured just before it.",
  ];
  return `${lines.join("\n")}\n`;
}

runScript(main);
