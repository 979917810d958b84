import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { STANDIN_WEBHOOK_SECRET } from "@/lib/stripe";
import { managedProcess, waitForHttp, waitForLine } from "../crash/processes";
import { freePort } from "../free-port";
import { startEmbeddedPostgres } from "../postgres/embedded";
import { type PgBouncer, startPgBouncer } from "../postgres/pgbouncer";
import type { productionPaths } from "../production-paths";
import { startStripeStandin } from "../stripe-standin/server";

// The production stack on one machine, every server on a free port: one PostgreSQL (the embedded
// server, run as an external one), optionally PgBouncer in transaction mode in front of it, the
// Stripe stand-in, and two app servers and two workers started from the build output with plain
// `node`, as the production image starts them (Dockerfile, compose.yaml).

type Options = {
  paths: ReturnType<typeof productionPaths>;
  withPgBouncer: boolean;
  log: (source: string, line: string) => void;
  /** More settings for every process (the soak believes one proxy's X-Forwarded-For). */
  env?: Record<string, string>;
};

export type ProductionStack = Awaited<ReturnType<typeof startProductionStack>>;

const DATA_DIR = ".data/pg-smoke";

async function createDatabase(serverUrl: string) {
  const name = `vetted_smoke_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export async function startProductionStack({ paths, withPgBouncer, log, env: extraEnv = {} }: Options) {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch((error) => log("stack", `stopping: ${error}`));
  };
  try {
    const postgres = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: await freePort() });
    stops.push(() => postgres.stop());
    const database = await createDatabase(postgres.url("postgres"));
    stops.push(() => database.drop());
    let pgBouncer: PgBouncer | null = null;
    if (withPgBouncer) {
      pgBouncer = await startPgBouncer({ serverUrl: database.url, port: await freePort(), log: (line) => log("pgbouncer", line) });
      stops.push(() => pgBouncer!.stop());
    }
    const appPorts = [await freePort(), await freePort()];
    const appUrls = appPorts.map((port) => `http://localhost:${port}`);
    const standin = await startStripeStandin({ port: 0, webhookUrl: `${appUrls[0]}/api/webhooks/stripe`, webhookSecret: STANDIN_WEBHOOK_SECRET });
    stops.push(() => standin.stop());

    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: pgBouncer ? pgBouncer.pooledUrl(database.url) : database.url,
      DIRECT_DATABASE_URL: database.url,
      // PgBouncer 1.18 (Debian 12) keeps no prepared statements across transactions.
      DATABASE_PREPARED_STATEMENTS: pgBouncer ? "false" : "true",
      NEXTAUTH_URL: appUrls[0],
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
      TWO_FACTOR_ENCRYPTION_KEY: randomBytes(32).toString("hex"),
      SECURE_COOKIES: "false",
      STRIPE_API_BASE: standin.url,
      STRIPE_WEBHOOK_SECRET: STANDIN_WEBHOOK_SECRET,
      // A production build on one machine: the stand-in and the embedded database, said out loud.
      UNSAFE_STAGING_WITH_LOCAL_SERVICES: "true",
      WORKER_POLL_MS: "200",
      LOG_LEVEL: "info",
      ...extraEnv,
    };
    const migrated = spawnSync(process.execPath, [paths.entry("db-migrate")], { env, encoding: "utf8" });
    if (migrated.status !== 0) throw new Error(`db-migrate failed: ${migrated.stderr || migrated.stdout}`);
    log("migrate", migrated.stdout.trim());

    const apps = appPorts.map((port, index) =>
      managedProcess({
        name: `app-${index + 1}`,
        args: [paths.entry("server"), "--port", String(port)],
        env,
        log,
        waitUntilReady: waitForHttp(`${appUrls[index]}/api/health`, 90_000),
      }),
    );
    const workers = [1, 2].map((number) =>
      managedProcess({ name: `worker-${number}`, args: [paths.entry("worker")], env, log, waitUntilReady: waitForLine(/worker started/, 60_000) }),
    );
    stops.push(async () => {
      await Promise.all([...apps, ...workers].map((process) => process.stop()));
    });
    await Promise.all([...apps, ...workers].map((process) => process.start()));
    return {
      appUrls,
      standinUrl: standin.url,
      directUrl: database.url,
      pooledUrl: env.DATABASE_URL!,
      twoFactorKey: env.TWO_FACTOR_ENCRYPTION_KEY!,
      pgBouncerVersion: pgBouncer?.version ?? null,
      processes: [...apps, ...workers],
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
