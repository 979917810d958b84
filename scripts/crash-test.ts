import { randomBytes } from "node:crypto";
import { createTestDatabase } from "../tests/support/test-database";
import { portFromEnv } from "./free-port";
import { runScript } from "./run-script";

// `npm run crash:test [-- --requests 8 --contracts 2 --milestones 5 --seed 7 --skip-build]`: a real
// app server (`npm start`) and a real worker on a fresh database, the Stripe stand-in delivering webhooks to the
// app; both processes SIGKILLed again and again while matching timers run (phase one) and between
// milestone approvals and their transfers (phase two), and restarted. Then: no expert matched twice,
// every timer job done exactly once, each request MATCHED or flagged as its acceptances say; exactly
// one Stripe transfer per released milestone, no ledger transaction twice, ledger:check clean; and no
// secret in any log line or API answer. Prints a summary; exits 1 on any violation.

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
};

async function main() {
  const seed = option("seed", Date.now() % 100_000);
  const counts = { requests: option("requests", 8), contracts: option("contracts", 2), milestones: option("milestones", 5) };
  const authSecret = randomBytes(32).toString("hex");
  const database = await createTestDatabase({ dataDir: ".data/pg-crash", port: await portFromEnv("CRASH_PG_PORT"), name: "vetted_crash" });
  const standinPort = await portFromEnv("CRASH_STRIPE_PORT");
  // This process arranges data and asks Stripe directly; lib/ reads these on first use.
  process.env.DATABASE_URL = database.url;
  process.env.STRIPE_API_BASE = `http://127.0.0.1:${standinPort}`;
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? "fatal";
  try {
    const { buildApp, hasBuild, DIST_DIR } = await import("./crash/harness");
    if (!process.argv.includes("--skip-build") || !hasBuild()) {
      console.log(`Building the app into ${DIST_DIR}…`);
      buildApp();
    }
    const { runCrashTest } = await import("./crash/run-crash-test");
    const startedAt = Date.now();
    const options = {
      ...counts,
      seed,
      appPort: await portFromEnv("CRASH_APP_PORT"),
      standinPort,
      databaseUrl: database.url,
      authSecret,
      // The shortest window the knobs allow (lib/matching/config.ts: at least a minute each).
      matching: { windowMs: 75_000, invitationTtlMs: 60_000, atRiskLeadMs: 25_000 },
    };
    console.log(`Crash test, seed ${seed}: ${options.requests} hiring requests, ${options.contracts} contracts × ${options.milestones} milestones`);
    const report = await runCrashTest(options);
    for (const line of report.lines) console.log(line);
    for (const note of report.notes) console.log(`note: ${note}`);
    for (const violation of report.violations) console.log(`VIOLATION: ${violation}`);
    console.log(`${report.violations.length} violations in ${Math.round((Date.now() - startedAt) / 1000)} s (logs in .data/crash-test.log)`);
    return report.violations.length ? 1 : 0;
  } finally {
    await database.drop();
  }
}

runScript(main);
