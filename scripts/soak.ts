import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { sleep } from "./crash/processes";
import { pgBouncerVersion } from "./postgres/pgbouncer";
import { productionPaths } from "./production-paths";
import { openEventStream } from "./smoke/event-stream";
import { runMainFlow } from "./smoke/flow";
import { expectStatus, signedIn } from "./smoke/http-steps";
import { FLOW_TOTAL_CENTS } from "./smoke/money-flow";
import { type ProductionStack, startProductionStack } from "./smoke/stack";
import { type InstanceStats, instanceStats } from "./soak/instance-stats";
import { SoakRecorder, summaryTable } from "./soak/recorder";

// `npm run soak -- --minutes N` (default 10): the production stack of the smoke test (two app servers,
// two workers, PgBouncer when installed, the Stripe stand-in) under mixed traffic for N minutes:
// whole hiring-and-paying flows side by side (sign-up, sign-in, a request, the workers' invitation
// rounds, accepts, a chat message across instances, funding on the stand-in, delivery, approvals),
// chat posts on one instance with the recipient's event stream open on the other, and list reads.
// Prints requests, errors, p50 and p99 per kind every minute, each process's memory and the database
// connections after the warm-up and at the end, lost messages and the ledger check; exits 1 on any
// error, lost message or ledger difference. --flows sets how many flows run at once (default 2).

const LOG_FILE = ".data/soak-logs.log";
const REPORT = "test-reports/soak.json";
const WARM_UP_MS = 60_000;
// One sender may post 30 messages a minute (lib/chat/post-message.ts): stay just under it.
const CHAT_INTERVAL_MS = 2_100;

const { values } = parseArgs({
  options: {
    minutes: { type: "string", default: "10" },
    flows: { type: "string", default: "2" },
    "skip-build": { type: "boolean", default: false },
    "no-pgbouncer": { type: "boolean", default: false },
  },
});

type Flow = Awaited<ReturnType<typeof runMainFlow>>;

function formatStats(label: string, stats: InstanceStats) {
  const memory = Object.entries(stats.rssMb)
    .map(([name, mb]) => `${name} ${mb} MB`)
    .join(", ");
  return `${label}: ${memory}; ${stats.databaseConnections} database connections`;
}

async function main() {
  const minutes = Number(values.minutes);
  const flowCount = Number(values.flows);
  if (!(minutes > 0) || !(flowCount >= 1)) throw new Error("--minutes and --flows take positive numbers.");
  const paths = productionPaths(process.cwd());
  if (!values["skip-build"]) {
    const built = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (built.status !== 0) throw new Error("npm run build failed");
  }
  mkdirSync(path.dirname(LOG_FILE), { recursive: true });
  const logFile = createWriteStream(LOG_FILE);
  const errorLines: string[] = [];
  const log = (source: string, line: string) => {
    logFile.write(`${source}: ${line}\n`);
    if (/^\{"level":(50|60)\b/.test(line)) errorLines.push(`${source}: ${line.slice(0, 500)}`);
  };

  const recorder = new SoakRecorder();
  const withPgBouncer = !values["no-pgbouncer"] && pgBouncerVersion() !== null;
  // Sign-ups come from many addresses (the flows send X-Forwarded-For), as a real front door's do.
  const stack: ProductionStack = await startProductionStack({ paths, withPgBouncer, log, env: { TRUSTED_PROXY_COUNT: "1" } });
  process.env.DATABASE_URL = stack.directUrl; // the arranging fixtures write straight to the server
  process.env.TWO_FACTOR_ENCRYPTION_KEY = stack.twoFactorKey; // and enrol the admins' authenticators
  const startedAt = Date.now();
  const deadline = startedAt + minutes * 60_000;
  const statsOf = () => instanceStats(stack.directUrl, stack.processes);
  let completedFlows = 0;
  let lostMessages = 0;
  let chatTarget: Flow | null = null;
  let afterWarmUp: InstanceStats | null = null;

  const flowLoop = async () => {
    while (Date.now() < deadline) {
      try {
        const flow = await runMainFlow(stack, (name, run) => recorder.time(`flow: ${name.slice(0, 70)}`, run), { ledgerCheck: "none" });
        completedFlows++;
        chatTarget ??= flow;
      } catch {
        await sleep(1_000); // recorded by its step; the next flow starts afresh
      }
    }
  };
  const readLoop = async () => {
    while (Date.now() < deadline) {
      const target = chatTarget;
      if (!target) {
        await sleep(500);
        continue;
      }
      for (const [path, api] of [
        ["/api/v1/requests", target.client.onA],
        ["/api/v1/conversations", target.client.onB],
        ["/api/v1/contracts", target.client.onA],
        [`/api/v1/conversations/${target.conversationId}/messages`, target.client.onB],
      ] as const) {
        await recorder
          .time(`read: GET ${path.replace(target.conversationId, "{id}")}`, async () => expectStatus(await api.call("GET", path), 200, path))
          .catch(() => undefined);
      }
      await sleep(100);
    }
  };
  const chatLoop = async () => {
    while (!chatTarget && Date.now() < deadline) await sleep(500);
    const target = chatTarget;
    if (!target) return;
    const stream = await openEventStream(stack.appUrls[1], target.hired.api[1].cookieHeader());
    try {
      while (Date.now() < deadline) {
        const body = `Soak message ${randomUUID()}`;
        // Settled at once either way, so a failed post never leaves it rejecting unobserved.
        const arrived = stream
          .next((event) => event.event === "message" && (event.data as { message?: { body?: string } }).message?.body === body, 10_000)
          .then(
            () => true,
            () => false,
          );
        await recorder
          .time("chat: post on A, seen on B's stream", async () => {
            expectStatus(
              await target.client.onA.call("POST", `/api/v1/conversations/${target.conversationId}/messages`, {
                json: { clientMessageId: randomUUID(), body },
              }),
              201,
              "post a message",
            );
            if (!(await arrived)) {
              lostMessages++;
              throw new Error("the message never reached the other instance's stream");
            }
          })
          .catch(() => undefined);
        await sleep(CHAT_INTERVAL_MS);
      }
    } finally {
      await stream.close();
    }
  };
  const ticker = setInterval(async () => {
    const minute = Math.floor((Date.now() - startedAt) / 60_000) - 1;
    const stats = await statsOf().catch(() => null);
    if (minute === Math.floor(WARM_UP_MS / 60_000) - 1 && stats) afterWarmUp = stats;
    console.log(`\nMinute ${minute + 1}\n${summaryTable(recorder.minute(minute))}\n${stats ? formatStats("now", stats) : ""}`);
  }, 60_000);

  let ledger: { problems: string[]; fundedCents: number; releasedCents: number } | null = null;
  let finalStats: InstanceStats | null = null;
  try {
    await Promise.all([...Array.from({ length: flowCount }, flowLoop), readLoop(), chatLoop()]);
    clearInterval(ticker);
    finalStats = await statsOf();
    const admin = (chatTarget as Flow | null)?.admin;
    if (admin) {
      const [, onB] = await signedIn(stack, admin, 1);
      const report = expectStatus(await onB.call("POST", "/api/v1/admin/ledger/check", { json: {} }), 200, "ledger check") as {
        problems: string[];
        totals: { currency: string; fundedCents: number; releasedCents: number }[];
      };
      const usd = report.totals.find((totals) => totals.currency === "USD");
      ledger = { problems: report.problems, fundedCents: usd?.fundedCents ?? 0, releasedCents: usd?.releasedCents ?? 0 };
    }
  } finally {
    clearInterval(ticker);
    const { db } = await import("@/lib/db");
    await db.$disconnect().catch(() => undefined);
    await stack.stop();
    logFile.end();
  }

  const totals = recorder.total();
  const errors = totals.reduce((sum, row) => sum + row.errors, 0);
  const expectedCents = completedFlows * FLOW_TOTAL_CENTS;
  const ledgerDifferences = ledger
    ? ledger.problems.length + (ledger.fundedCents === expectedCents ? 0 : 1) + (ledger.releasedCents === expectedCents ? 0 : 1)
    : 1;
  const warm = afterWarmUp as InstanceStats | null;
  const growth = Object.entries(finalStats?.rssMb ?? {}).map(([name, mb]) => {
    const before = warm?.rssMb[name];
    return `${name} ${before ?? "?"} → ${mb} MB${before ? ` (${Math.round(((mb - before) / before) * 100)}%)` : ""}`;
  });
  console.log(
    `\nSoak: ${minutes} min, ${flowCount} flows at once, ${stack.pgBouncerVersion ? `through PgBouncer ${stack.pgBouncerVersion}` : "straight to PostgreSQL"}`,
  );
  console.log(summaryTable(totals));
  console.log(`Completed flows: ${completedFlows}; lost messages: ${lostMessages}; errors: ${errors}; error log lines: ${errorLines.length}`);
  console.log(`Memory after the warm-up → at the end: ${growth.join(", ")}`);
  console.log(`Database connections after the warm-up → at the end: ${warm?.databaseConnections ?? "?"} → ${finalStats?.databaseConnections ?? "?"}`);
  console.log(
    `Ledger: ${ledger ? `${ledger.problems.length} problems; USD funded ${ledger.fundedCents}, released ${ledger.releasedCents}, expected ${expectedCents} each` : "not checked (no flow completed)"}`,
  );
  for (const line of [...recorder.errors, ...errorLines].slice(0, 10)) console.log(`  ${line}`);
  mkdirSync(path.dirname(REPORT), { recursive: true });
  writeFileSync(
    REPORT,
    JSON.stringify(
      { minutes, flowCount, completedFlows, lostMessages, errors, errorLines: errorLines.length, ledger, afterWarmUp: warm, finalStats, totals },
      null,
      2,
    ),
  );
  const failed = errors > 0 || lostMessages > 0 || ledgerDifferences > 0 || errorLines.length > 0;
  console.log(failed ? "Soak FAILED" : "Soak passed");
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
