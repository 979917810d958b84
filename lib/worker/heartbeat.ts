import { db } from "@/lib/db";

// Each worker says it is alive by writing when it last polled; /api/health reads the newest beat.

/** A worker that has not beaten for this long is not running jobs (a poll takes a second or two). */
export const HEARTBEAT_STALE_AFTER_MS = 60_000;
/** How often a polling worker writes its beat; polls in between write nothing. */
export const HEARTBEAT_EVERY_MS = 5_000;
const PRUNE_AFTER_MS = 7 * 86_400_000;

export async function recordHeartbeat(workerId: string, now: Date) {
  await db.workerHeartbeat.upsert({ where: { workerId }, create: { workerId, startedAt: now, beatAt: now }, update: { beatAt: now } });
}

/** Forgets workers gone for a week (a restart is a new worker id: hostname and pid). */
export async function pruneHeartbeats(now: Date) {
  const { count } = await db.workerHeartbeat.deleteMany({ where: { beatAt: { lt: new Date(now.getTime() - PRUNE_AFTER_MS) } } });
  return count;
}

export type WorkerStatus = "ok" | "stale" | "none";

/** "ok" when some worker beat within the last minute, "stale" when beats stopped, "none" when no worker ever ran. */
export function workerStatusOf(lastBeatAt: Date | null, now: Date): WorkerStatus {
  if (!lastBeatAt) return "none";
  return now.getTime() - lastBeatAt.getTime() <= HEARTBEAT_STALE_AFTER_MS ? "ok" : "stale";
}
