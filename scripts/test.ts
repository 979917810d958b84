import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

// `npm test`: type check, lint and format (`biome ci`), unit + integration (vitest, real PostgreSQL),
// end-to-end (Playwright, Chromium, the production app server), the production smoke test (the build
// output behind PgBouncer, scripts/smoke-prod.ts), then one closing line summing every suite:
// "N passed, N failed".

type Tally = { passed: number; failed: number; skipped: number };

const VITEST_REPORT = "test-reports/vitest.json";
const PLAYWRIGHT_REPORT = "test-reports/e2e.json";
const SMOKE_REPORT = "test-reports/smoke.json";

function run(label: string, command: string, args: string[]) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  console.log(`◀ ${label}: exit ${result.status} in ${Math.round((Date.now() - started) / 1000)} s`);
  return result.status === 0;
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

function vitestTally(): Tally | null {
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(VITEST_REPORT);
  return report && { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightTally(): Tally | null {
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(PLAYWRIGHT_REPORT);
  return report && { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped };
}

function smokeTally(): Tally | null {
  const report = readJson<{ passed: number; failed: number }>(SMOKE_REPORT);
  return report && { passed: report.passed, failed: report.failed, skipped: 0 };
}

function main() {
  rmSync("test-reports", { recursive: true, force: true });
  console.log(`Node ${process.version}`);
  const bin = (name: string) => `node_modules/.bin/${name}`;
  const total: Tally = { passed: 0, failed: 0, skipped: 0 };
  const add = (suite: string, tally: Tally | null, exitedCleanly: boolean) => {
    // A suite that crashed before reporting counts as one failure, never as silence.
    const counted = tally ?? { passed: 0, failed: 1, skipped: 0 };
    if (!exitedCleanly && counted.failed === 0) counted.failed = 1;
    console.log(`  ${suite}: ${counted.passed} passed, ${counted.failed} failed, ${counted.skipped} skipped`);
    total.passed += counted.passed;
    total.failed += counted.failed;
    total.skipped += counted.skipped;
  };

  const typesOk = run("Type check", bin("tsc"), ["--noEmit"]);
  const lintOk = run("Lint and format (biome ci)", bin("biome"), ["ci", "."]);
  const vitestOk = run("Unit and integration tests (vitest)", bin("vitest"), [
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${VITEST_REPORT}`,
  ]);
  const isE2eRun = process.env.SKIP_E2E !== "true";
  const e2eOk = !isE2eRun || run("End-to-end tests (Playwright)", bin("playwright"), ["test"]);
  // The e2e run has just built the app: the smoke test compiles only its own entry points onto that build.
  const isSmokeRun = process.env.SKIP_SMOKE !== "true";
  const smokeOk = !isSmokeRun || run("Production smoke test", bin("tsx"), ["scripts/smoke-prod.ts", ...(isE2eRun ? ["--reuse-next-build"] : [])]);

  console.log("\nSummary");
  add("type check", { passed: typesOk ? 1 : 0, failed: typesOk ? 0 : 1, skipped: 0 }, typesOk);
  add("biome ci", { passed: lintOk ? 1 : 0, failed: lintOk ? 0 : 1, skipped: 0 }, lintOk);
  add("vitest", vitestTally(), vitestOk);
  if (isE2eRun) add("playwright", playwrightTally(), e2eOk);
  if (isSmokeRun) add("production smoke", smokeTally(), smokeOk);
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
  process.exit(total.failed === 0 ? 0 : 1);
}

main();
