import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { STANDIN_WEBHOOK_SECRET } from "../../lib/stripe";
import { nodeArgs } from "../../scripts/crash/processes";
import { freePort } from "../../scripts/free-port";
import { onOutputLines } from "../../scripts/output-lines";
import { startStripeStandin } from "../../scripts/stripe-standin/server";
import { startOidcServer } from "../support/oidc-server";
import { createTestDatabase } from "../support/test-database";
import { E2E_METRICS_TOKEN } from "./metrics-token";

// Playwright's webServer: a fresh seeded database, a production build, the app server (scripts/server.ts) on E2E_PORT, a second
// instance on E2E_SECOND_PORT against the same database (for cross-instance tests), and a job worker.
// The database URL is written to .data/e2e-database-url-<port> for fixtures that need to look at rows.
// Every log line of the three processes goes to .data/e2e-logs-<port>.log (info and up), which the
// last project scans for secrets (log-scan.e2e.ts); warnings and errors also reach Playwright's output.

const PINO_WARN = 40;

/** Every line to the log file; warnings, errors and anything that is not a JSON log line also to our output. */
function keepLogs(child: ChildProcess, file: NodeJS.WritableStream) {
  onOutputLines(child, (line) => {
    file.write(`${line}\n`);
    const level = /^\{"level":(\d+)/.exec(line)?.[1];
    if (level === undefined || Number(level) >= PINO_WARN) process.stdout.write(`${line}\n`);
  });
  return child;
}

async function main() {
  const port = process.env.E2E_PORT;
  const secondPort = process.env.E2E_SECOND_PORT;
  if (!port || !secondPort) throw new Error("E2E_PORT and E2E_SECOND_PORT are set by playwright.config.ts; run the suite through Playwright.");
  // Every server of the run takes a free port, so two runs can share a machine.
  const pgPort = await freePort();
  const database = await createTestDatabase({ dataDir: ".data/pg-e2e", port: pgPort, name: "vetted_e2e" });
  mkdirSync(".data", { recursive: true });
  writeFileSync(`.data/e2e-database-url-${port}`, database.url);

  const stripeStandin = await startStripeStandin({
    port: 0,
    webhookUrl: `http://localhost:${port}/api/webhooks/stripe`,
    webhookSecret: STANDIN_WEBHOOK_SECRET,
  });
  writeFileSync(`.data/e2e-stripe-url-${port}`, stripeStandin.url);
  // A real OpenID Connect provider, "Continue with Test SSO" on the sign-in page (tests/support/oidc-server.ts).
  const oidcServer = await startOidcServer({
    redirectUris: [port, secondPort].map((appPort) => `http://localhost:${appPort}/api/auth/callback/oidc`),
  });
  writeFileSync(`.data/e2e-oidc-secret-${port}`, oidcServer.clientSecret, { mode: 0o600 });
  const authSecret = randomBytes(32).toString("hex");
  writeFileSync(`.data/e2e-auth-secret-${port}`, authSecret, { mode: 0o600 });
  const twoFactorKey = randomBytes(32).toString("hex");
  writeFileSync(`.data/e2e-two-factor-key-${port}`, twoFactorKey, { mode: 0o600 });
  const logFile = createWriteStream(`.data/e2e-logs-${port}.log`);
  rmSync(`.data/e2e-files-${port}`, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    STRIPE_API_BASE: stripeStandin.url,
    STRIPE_WEBHOOK_SECRET: STANDIN_WEBHOOK_SECRET,
    OIDC_ISSUER: oidcServer.issuer,
    OIDC_CLIENT_ID: oidcServer.clientId,
    OIDC_CLIENT_SECRET: oidcServer.clientSecret,
    OIDC_DISPLAY_NAME: "Test SSO",
    DATABASE_URL: database.url,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: authSecret,
    // The seed enrols the demo admin's authenticator with this key too.
    TWO_FACTOR_ENCRYPTION_KEY: twoFactorKey,
    SECURE_COOKIES: "false",
    // A production build on one machine: the stand-in and the embedded database, said out loud.
    UNSAFE_STAGING_WITH_LOCAL_SERVICES: "true",
    // Every API answer is checked against its output schema, as in development.
    API_CHECK_RESPONSES: "true",
    // The tests play the proxy: each request's X-Forwarded-For names its caller (sign-up limits are per address).
    TRUSTED_PROXY_COUNT: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    METRICS_TOKEN: E2E_METRICS_TOKEN,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "info",
    // Both instances on this machine share the disk driver's folder, fresh for each run.
    STORAGE_DISK_ROOT: `.data/e2e-files-${port}`,
  };
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, args, { stdio: "inherit", env });
    if (result.status !== 0) throw new Error(`${args.join(" ")} failed with ${result.status}`);
  };
  run([require.resolve("tsx/cli"), "scripts/db-seed.ts"]);
  if (process.env.E2E_SKIP_BUILD !== "true") run([require.resolve("next/dist/bin/next"), "build"]);

  const startApp = (appPort: string) =>
    keepLogs(
      spawn(process.execPath, nodeArgs.appServer(Number(appPort)), {
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...env, NODE_ENV: "production" },
      }),
      logFile,
    );
  const server: ChildProcess = startApp(port);
  const secondServer: ChildProcess = startApp(secondPort);
  const worker: ChildProcess = keepLogs(
    // One process (not the tsx CLI, whose forked child would outlive a stop and find its database gone).
    spawn(process.execPath, nodeArgs.worker(), { stdio: ["ignore", "pipe", "pipe"], env: { ...env, WORKER_POLL_MS: "250" } }),
    logFile,
  );
  // Playwright may send SIGTERM and then SIGINT: the second signal waits on the first shutdown.
  let stopping: Promise<void> | undefined;
  const shutdown = () => (stopping ??= stopEverything());
  const stopEverything = async () => {
    const children = [server, secondServer, worker];
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once("exit", resolve)) : null)));
    await stripeStandin.stop();
    await oidcServer.stop();
    await database.drop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown());
  process.on("SIGINT", () => void shutdown());
  server.on("exit", (code) => {
    if (code !== null && code !== 0) void database.drop().then(() => process.exit(code));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
