import { now as clockNow } from "@/lib/clock";
import { db, type Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Sliding-window limits counted in Postgres, so every app instance sees the same counts.

export type Limit = { bucket: string; max: number; windowMs: number };

/** The global client or a transaction's. */
type Client = Pick<Transaction, "rateLimitEvent">;

const FIFTEEN_MINUTES = 15 * 60_000;
/** Per email and address. */
export const SIGN_IN_FAILURES: Limit = { bucket: "sign-in-failure", max: 10, windowMs: FIFTEEN_MINUTES };
/** Per account (email) from every address together: guessing spread over many addresses still stops. */
export const SIGN_IN_FAILURES_PER_ACCOUNT: Limit = { bucket: "sign-in-failure-account", max: 10, windowMs: FIFTEEN_MINUTES };
/** Per address over every account together: credential stuffing from one address stops. */
export const SIGN_IN_FAILURES_PER_ADDRESS: Limit = { bucket: "sign-in-failure-address", max: 100, windowMs: FIFTEEN_MINUTES };
/** One event when an account's failures reach their limit: the account is locked until it leaves the window. */
export const SIGN_IN_LOCKOUTS: Limit = { bucket: "sign-in-lockout", max: 1, windowMs: FIFTEEN_MINUTES };
export const SIGN_UPS: Limit = { bucket: "sign-up", max: 20, windowMs: 60 * 60_000 };
const HOUR = 60 * 60_000;
/** Reset emails per address asked for (whether or not it has an account): over it, no more email goes out. */
export const PASSWORD_RESET_EMAILS: Limit = { bucket: "password-reset-email", max: 5, windowMs: HOUR };
/** Reset requests per client address, over every email. */
export const PASSWORD_RESET_REQUESTS: Limit = { bucket: "password-reset-address", max: 20, windowMs: HOUR };
/** Well-formed link tokens nobody was sent, per client address: guessing tokens stops here. */
export const ACCOUNT_LINK_FAILURES: Limit = { bucket: "account-link-failure", max: 20, windowMs: FIFTEEN_MINUTES };
/** Verification emails a signed-in user may ask to be sent again. */
export const VERIFICATION_EMAILS: Limit = { bucket: "verification-email", max: 5, windowMs: HOUR };
/** Email changes a user may start. */
export const EMAIL_CHANGES: Limit = { bucket: "email-change", max: 5, windowMs: HOUR };
/** Request drafts started before sign-up (/start), per client address. */
export const GUEST_DRAFTS: Limit = { bucket: "guest-request-draft", max: 20, windowMs: HOUR };
/** Skill searches by visitors who are not signed in (the /start page's skill picker), per client address. */
export const ANONYMOUS_SKILL_SEARCHES: Limit = { bucket: "anonymous-skill-search", max: 300, windowMs: FIFTEEN_MINUTES };
/** Wrong current passwords typed in settings, per user. */
export const PASSWORD_CONFIRM_FAILURES: Limit = { bucket: "password-confirm-failure", max: 10, windowMs: FIFTEEN_MINUTES };

export async function recentHits(limit: Limit, key: string, now = clockNow(), client: Client = db) {
  const since = new Date(now.getTime() - limit.windowMs);
  const hits = await client.rateLimitEvent.findMany({
    where: { bucket: limit.bucket, key, createdAt: { gt: since } },
    select: { createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return hits.map((hit) => hit.createdAt);
}

/**
 * Throws RATE_LIMITED (429) with the seconds until the oldest hit leaves the window; `{minutes}` in the
 * message becomes that wait in words ("1 minute", "12 minutes").
 */
export async function assertUnderLimit(limit: Limit, key: string, message: string, now = clockNow()) {
  const hits = await recentHits(limit, key, now);
  if (hits.length < limit.max) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((hits[0].getTime() + limit.windowMs - now.getTime()) / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  throw new AppError("RATE_LIMITED", message.replace("{minutes}", minutes === 1 ? "1 minute" : `${minutes} minutes`), {
    retryAfterSeconds,
  });
}

export function recordHit(limit: Limit, key: string, client: Client = db) {
  return client.rateLimitEvent.create({ data: { bucket: limit.bucket, key }, select: { id: true } });
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
