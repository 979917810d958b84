import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Sliding-window limits counted in Postgres, so every app instance sees the same counts.

export type Limit = { bucket: string; max: number; windowMs: number };

export const SIGN_IN_FAILURES: Limit = { bucket: "sign-in-failure", max: 10, windowMs: 15 * 60_000 };
/** Per account from every address together: guessing spread over many addresses still stops. */
export const SIGN_IN_FAILURES_PER_ACCOUNT: Limit = { bucket: "sign-in-failure-account", max: 50, windowMs: 15 * 60_000 };
export const SIGN_UPS: Limit = { bucket: "sign-up", max: 20, windowMs: 60 * 60_000 };

export async function recentHits(limit: Limit, key: string, now = new Date()) {
  const since = new Date(now.getTime() - limit.windowMs);
  const hits = await db.rateLimitEvent.findMany({
    where: { bucket: limit.bucket, key, createdAt: { gt: since } },
    select: { createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return hits.map((hit) => hit.createdAt);
}

/** Throws RATE_LIMITED (429) with the seconds until the oldest hit leaves the window. */
export async function assertUnderLimit(limit: Limit, key: string, message: string, now = new Date()) {
  const hits = await recentHits(limit, key, now);
  if (hits.length < limit.max) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((hits[0].getTime() + limit.windowMs - now.getTime()) / 1000));
  throw new AppError("RATE_LIMITED", message.replace("{minutes}", String(Math.ceil(retryAfterSeconds / 60))), {
    retryAfterSeconds,
  });
}

export async function recordHit(limit: Limit, key: string) {
  await db.rateLimitEvent.create({ data: { bucket: limit.bucket, key } });
}

export async function clearHits(limit: Limit, key: string) {
  await db.rateLimitEvent.deleteMany({ where: { bucket: limit.bucket, key } });
}

/** Longer than every limit's window (the longest is an hour); older events decide nothing. */
export const RATE_LIMIT_RETENTION_MS = 24 * 60 * 60_000;

/** Deletes the events no window can see any more; the worker runs it every hour. Returns how many went. */
export async function pruneRateLimitEvents(now: Date) {
  const { count } = await db.rateLimitEvent.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - RATE_LIMIT_RETENTION_MS) } } });
  return count;
}
