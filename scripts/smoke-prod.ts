import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { pgBouncerVersion } from "./postgres/pgbouncer";
import { productionPaths } from "./production-paths";
import { runMainFlow, type Step } from "./smoke/flow";
import { type ProductionStack, startProductionStack } from "./smoke/stack";

// `npm run smoke:prod`: the production build, started the way production starts it (two app servers
// and two workers from the build output, NODE_ENV=production), on one real PostgreSQL behind PgBouncer
// in transaction mode, with the Stripe stand-in through the staging opt-in; then the main flow over
// HTTP through both instances (scripts/smoke/flow.ts). Prints one line per step and exits 1 on any
// failure. --reuse-next-build compiles only our entry points onto the last `next build`;
// --skip-build reuses the whole build; --no-pgbouncer connects straight to PostgreSQL.

const REPORT = "test-reports/smoke.json";
const LOG_FILE = ".data/smoke-logs.log";

const { values } = parseArgs({
  options: {
    "skip-build": { type: "boolean", default: false },
    "reuse-next-build": { type: "boolean", default: false },
    "no-pgbouncer": { type: "boolean", default: false },
  },
});

function buildIfAsked(paths: ReturnType<typeof productionPaths>) {
  const run = (args: string[]) => {
    const result = spawnSync("npm", ["run", ...args], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (result.status !== 0) throw new Error(`npm run ${args.join(" ")} failed (${result.status})`);
  };
  if (values["reuse-next-build"]) run(["build:server"]);
  else if (!values["skip-build"]) run(["build"]);
  if (!existsSync(paths.entry("server"))) throw new Error(`No production build in ${paths.standalone}: run npm run build.`);
}

async function main() {
  const started = Date.now();
  const paths = productionPaths(process.cwd());
  const withPgBouncer = !values["no-pgbouncer"];
  if (withPgBouncer && !pgBouncerVersion()) throw new Error("pgbouncer is not installed: apt-get install pgbouncer, or run with --no-pgbouncer.");
  buildIfAsked(paths);
  mkdirSync(path.dirname(LOG_FILE), { recursive: true });
  const logFile = createWriteStream(LOG_FILE);
  const errorLines: string[] = [];
  const log = (source: string, line: string) => {
    logFile.write(`${source}: ${line}\n`);
    if (/^\{"level":(50|60)\b/.test(line)) errorLines.push(`${source}: ${line.slice(0, 500)}`);
  };
  const results: { name: string; ms: number; error?: string }[] = [];
  const step: Step = async (name, run) => {
    const stepStarted = Date.now();
    try {
      const value = await run();
      results.push({ name, ms: Date.now() - stepStarted });
      console.log(`  ✓ ${name} (${Date.now() - stepStarted} ms)`);
      return value;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.push({ name, ms: Date.now() - stepStarted, error: message });
      console.log(`  ✗ ${name}: ${message}`);
      throw error;
    }
  };

  let stack: ProductionStack | null = null;
  try {
    stack = await step(
      `start PostgreSQL${withPgBouncer ? ", PgBouncer (transaction mode)" : ""}, the stand-in, 2 app servers and 2 workers from the build`,
      () => startProductionStack({ paths, withPgBouncer, log }),
    );
    // The arranging fixtures (lib/db) in this process write straight to the server.
    process.env.DATABASE_URL = stack.directUrl;
    process.env.TWO_FACTOR_ENCRYPTION_KEY = stack.twoFactorKey;
    await runMainFlow(stack, step);
    // A failure the HTTP answers do not show (a worker's job that threw, a retried webhook) still fails the run.
    await step("no app server or worker logged an error", async () => {
      if (errorLines.length) throw new Error(`${errorLines.length} error lines, the first:\n  ${errorLines[0]}`);
    });
  } catch {
    // Reported by its step; the summary below counts it.
  } finally {
    const { db } = await import("@/lib/db");
    await db.$disconnect().catch(() => undefined);
    await stack?.stop();
    logFile.end();
  }
  const failed = results.filter((result) => result.error).length;
  mkdirSync(path.dirname(REPORT), { recursive: true });
  writeFileSync(REPORT, JSON.stringify({ passed: results.length - failed, failed, steps: results }, null, 2));
  const through = stack?.pgBouncerVersion ? `through PgBouncer ${stack.pgBouncerVersion}` : "straight to PostgreSQL";
  console.log(`\nProduction smoke test ${failed ? "FAILED" : "passed"} in ${Math.round((Date.now() - started) / 1000)} s (${through}; logs in ${LOG_FILE})`);
  console.log(`smoke: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
