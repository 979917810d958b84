import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase } from "../tests/support/test-database";
import { nodeArgs } from "./crash/processes";
import { portFromEnv } from "./free-port";
import { runScript } from "./run-script";

// `npm run chaos:payments [-- --operations 1000 --contracts 40 --seed 7]`: random money operations
// across many contracts against a fresh database and the Stripe stand-in, with webhooks duplicated,
// delayed and reordered and the job worker killed (SIGKILL) and restarted mid-run; then ledger:check,
// and the money documents: one receipt per booked charge and one credit note per booked refund.
// Prints the totals and ends with the number of differences, which must be zero.

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};

/** A small seeded generator (mulberry32), so a failing run can be replayed with its seed. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function main() {
  const operations = option("operations", 1000);
  const contractCount = option("contracts", 40);
  const seed = option("seed", Date.now() % 100_000);
  const random = seededRandom(seed);
  const database = await createTestDatabase({ dataDir: ".data/pg-chaos", port: await portFromEnv("CHAOS_PG_PORT"), name: "vetted_chaos" });
  const standinPort = await portFromEnv("CHAOS_STRIPE_PORT");
  process.env.DATABASE_URL = database.url;
  process.env.STRIPE_API_BASE = `http://127.0.0.1:${standinPort}`;
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? "fatal";
  // Receipts' PDFs go to a folder of this run's own, removed with its database.
  const filesRoot = await mkdtemp(path.join(tmpdir(), "vetted-chaos-files-"));
  process.env.STORAGE_DISK_ROOT = filesRoot;

  const { runChaos } = await import("./chaos/run-chaos");
  let worker: ChildProcess | null = null;
  const startWorker = () => {
    // `node --import tsx`, not the tsx CLI: the CLI forks the worker into a child that a SIGKILL of the
    // CLI would leave running.
    worker = spawn(process.execPath, nodeArgs.worker(), { stdio: "ignore", env: { ...process.env, WORKER_POLL_MS: "100" } });
  };
  const killWorker = () => worker?.kill("SIGKILL");
  try {
    const report = await runChaos({ operations, contractCount, random, standinPort, startWorker, killWorker });
    console.log(
      `seed ${seed}: ${report.operations} operations across ${contractCount} contracts; ${report.webhooksDelivered} webhook deliveries (duplicated, delayed, reordered); worker killed ${report.workerKills} times`,
    );
    for (const [name, entry] of Object.entries(report.tally)) {
      const reasons = Object.entries(entry.refusedBy)
        .map(([code, count]) => `${code} ${count}`)
        .join(", ");
      console.log(`  ${name.padEnd(26)} tried ${entry.tried}, done ${entry.done}, refused ${entry.refused}${reasons ? ` (${reasons})` : ""}`);
    }
    for (const line of report.ledgerLines) console.log(line);
    console.log(`${report.differences} differences`);
    return report.differences === 0 ? 0 : 1;
  } finally {
    killWorker();
    await database.drop();
    await rm(filesRoot, { recursive: true, force: true });
  }
}

runScript(main);
