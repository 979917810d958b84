import { hostname } from "node:os";
import { runScript } from "./run-script";
import { startTracingIfConfigured } from "./start-tracing";

// `npm run worker`: runs due jobs (matching timers, back-fills, the periodic pruning of completed jobs)
// and delivers the email outbox. Any number of workers may run against one database; jobs are claimed
// with SKIP LOCKED. It refuses to start on a database with pending migrations: every job would fail
// on a missing table or column.
// Each worker records a heartbeat every few seconds, which /api/health reports. Tracing (when
// configured) starts before the worker's code loads, which is why that code is imported in main.

const PRUNE_EVERY_MS = 60 * 60_000;
const workerId = `${hostname()}:${process.pid}`;
let isStopping = false;

async function main() {
  const stopTracing = startTracingIfConfigured("vetted-worker");
  const { env } = await import("@/lib/env");
  let settings: { POLL_MS: number; LEASE_MS: number };
  try {
    settings = { POLL_MS: env().WORKER_POLL_MS, LEASE_MS: env().WORKER_LEASE_MS };
  } catch (error) {
    // An unsafe production environment is refused with one line per problem.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const { now } = await import("@/lib/clock");
  const { db } = await import("@/lib/db");
  const { ensurePeriodicJobs } = await import("@/lib/jobs/periodic-jobs");
  const { runDueJobs } = await import("@/lib/jobs/run-due-jobs");
  const { logger } = await import("@/lib/logger");
  const { deliverPendingEmails } = await import("@/lib/notifications/deliver-emails");
  const { pruneRateLimitEvents } = await import("@/lib/rate-limit");
  const { HEARTBEAT_EVERY_MS, pruneHeartbeats, recordHeartbeat } = await import("@/lib/worker/heartbeat");
  const { JOB_HANDLERS } = await import("@/lib/worker/job-handlers");
  const { assertMigrated } = await import("./postgres/migrate");

  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: npm run dev runs a worker on the embedded database; to run one on its own, set DATABASE_URL.");
  await assertMigrated(databaseUrl);
  logger.info({ workerId }, "worker started");
  process.on("SIGINT", () => (isStopping = true));
  process.on("SIGTERM", () => (isStopping = true));
  let nextPruneAt = 0;
  let nextBeatAt = 0;
  while (!isStopping) {
    try {
      if (Date.now() >= nextBeatAt) {
        nextBeatAt = Date.now() + HEARTBEAT_EVERY_MS;
        await recordHeartbeat(workerId, now());
      }
      if (Date.now() >= nextPruneAt) {
        nextPruneAt = Date.now() + PRUNE_EVERY_MS;
        const pruned = await pruneRateLimitEvents(now());
        if (pruned) logger.info({ workerId, pruned }, "old rate-limit events deleted");
        await pruneHeartbeats(now());
        await ensurePeriodicJobs(now());
      }
      const ran = await runDueJobs({ workerId, now: now(), handlers: JOB_HANDLERS, leaseMs: settings.LEASE_MS });
      await deliverPendingEmails(now());
      if (ran) logger.info({ workerId, ran }, "jobs ran");
    } catch (error) {
      logger.error({ err: error, workerId }, "worker loop failed; retrying");
    }
    await new Promise((resolve) => setTimeout(resolve, settings.POLL_MS));
  }
  await db.$disconnect();
  await stopTracing?.();
  logger.info({ workerId }, "worker stopped");
}

runScript(main);
