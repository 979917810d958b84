import { hostname } from "node:os";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ensurePeriodicJobs } from "@/lib/jobs/periodic-jobs";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { logger } from "@/lib/logger";
import { deliverPendingEmails } from "@/lib/notifications/deliver-emails";
import { pruneRateLimitEvents } from "@/lib/rate-limit";
import { JOB_HANDLERS } from "@/lib/worker/job-handlers";
import { assertMigrated } from "./postgres/migrate";
import { runScript } from "./run-script";

// `npm run worker`: runs due jobs (matching timers, back-fills, the periodic pruning of completed jobs)
// and delivers the email outbox. Any number of workers may run against one database; jobs are claimed
// with SKIP LOCKED. It refuses to start on a database with pending migrations: every job would fail
// on a missing table or column.

const PRUNE_EVERY_MS = 60 * 60_000;
const workerId = `${hostname()}:${process.pid}`;
let isStopping = false;

/** The worker's settings; an unsafe production environment is refused with one line per problem. */
function settings() {
  try {
    const { WORKER_POLL_MS, WORKER_LEASE_MS } = env();
    return { POLL_MS: WORKER_POLL_MS, LEASE_MS: WORKER_LEASE_MS };
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

async function main() {
  const { POLL_MS, LEASE_MS } = settings();
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: npm run dev runs a worker on the embedded database; to run one on its own, set DATABASE_URL.");
  await assertMigrated(databaseUrl);
  logger.info({ workerId }, "worker started");
  process.on("SIGINT", () => (isStopping = true));
  process.on("SIGTERM", () => (isStopping = true));
  let nextPruneAt = 0;
  while (!isStopping) {
    try {
      if (Date.now() >= nextPruneAt) {
        nextPruneAt = Date.now() + PRUNE_EVERY_MS;
        const pruned = await pruneRateLimitEvents(now());
        if (pruned) logger.info({ workerId, pruned }, "old rate-limit events deleted");
        await ensurePeriodicJobs(now());
      }
      const ran = await runDueJobs({ workerId, now: now(), handlers: JOB_HANDLERS, leaseMs: LEASE_MS });
      await deliverPendingEmails(now());
      if (ran) logger.info({ workerId, ran }, "jobs ran");
    } catch (error) {
      logger.error({ err: error, workerId }, "worker loop failed; retrying");
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  await db.$disconnect();
  logger.info({ workerId }, "worker stopped");
}

runScript(main);
