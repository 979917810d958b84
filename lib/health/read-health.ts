import { readRows } from "@/lib/db";
import { type WorkerStatus, workerStatusOf } from "@/lib/worker/heartbeat";
import { withinTimeout } from "./database";
import { type StorageHealth, storageHealth } from "./storage-health";

// What /api/health reports. Only an unreachable database makes the instance unhealthy (503): without
// it nothing works. A worker that stopped beating, or never ran, degrades the report but the app
// still serves people (200): restarting the app would not bring the worker back, so it must not fail
// a liveness check. The queue's lag is reported for dashboards and alerts, and changes no status.

export type Health = {
  status: "ok" | "degraded" | "down";
  db: "ok" | "unreachable";
  worker: { status: WorkerStatus | "unknown"; lastBeatAt: Date | null };
  queue: { oldestDueJobAgeMs: number | null };
  storage: StorageHealth;
};

type Row = { lastBeatAt: Date | null; oldestDueRunAt: Date | null };

/**
 * One round trip: the newest worker heartbeat and the oldest job waiting to run. `now` goes in as UTC
 * text cast to a plain timestamp, as Prisma stores DateTime, whatever the session's time zone.
 */
function readOperationalState(now: Date) {
  const at = now.toISOString();
  return readRows<Row>`
    SELECT (SELECT max("beatAt") FROM worker_heartbeats) AS "lastBeatAt",
      (SELECT min("runAt") FROM jobs
        WHERE status = 'QUEUED' AND "runAt" <= ${at}::timestamp
          AND ("lockedUntil" IS NULL OR "lockedUntil" < ${at}::timestamp)) AS "oldestDueRunAt"`.then(([row]) => row);
}

export async function readHealth(now: Date): Promise<Health> {
  const state = await withinTimeout(readOperationalState(now), null);
  if (!state)
    return {
      status: "down",
      db: "unreachable",
      worker: { status: "unknown", lastBeatAt: null },
      queue: { oldestDueJobAgeMs: null },
      storage: storageHealth(),
    };
  const worker = workerStatusOf(state.lastBeatAt, now);
  return {
    status: worker === "ok" ? "ok" : "degraded",
    db: "ok",
    worker: { status: worker, lastBeatAt: state.lastBeatAt },
    queue: { oldestDueJobAgeMs: state.oldestDueRunAt ? Math.max(0, now.getTime() - state.oldestDueRunAt.getTime()) : null },
    storage: storageHealth(),
  };
}
