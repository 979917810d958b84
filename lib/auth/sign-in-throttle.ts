import { Prisma } from "@/generated/prisma/client";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { notifyUsers } from "@/lib/notifications/notify";
import {
  assertUnderLimit,
  clearHits,
  recentHits,
  recordHit,
  SIGN_IN_FAILURES,
  SIGN_IN_FAILURES_PER_ACCOUNT,
  SIGN_IN_FAILURES_PER_ADDRESS,
  SIGN_IN_LOCKOUTS,
} from "@/lib/rate-limit";

// Failed sign-ins are counted per account whatever the address (X-Forwarded-For can be rotated at
// will), per email and address, and per address over every account. Emails that have no account are
// counted and locked the same way, so neither the limits nor their timing tell which emails exist.

const ACCOUNT_LOCKED = "Too many failed sign-in attempts. Try again in {minutes}.";
const NETWORK_LOCKED = "Too many failed sign-in attempts from your network. Try again in {minutes}.";

const LOCKOUT_MINUTES = SIGN_IN_LOCKOUTS.windowMs / 60_000;

/** Throws RATE_LIMITED (429, with Retry-After) while the account is locked or this address has failed too often. */
export async function assertSignInAllowed(email: string, ip: string, now = clockNow()) {
  await assertUnderLimit(SIGN_IN_LOCKOUTS, email, ACCOUNT_LOCKED, now);
  await assertUnderLimit(SIGN_IN_FAILURES, emailAndAddress(email, ip), ACCOUNT_LOCKED, now);
  await assertUnderLimit(SIGN_IN_FAILURES_PER_ADDRESS, ip, NETWORK_LOCKED, now);
}

/**
 * Counts a failed sign-in. The failure that brings the account to its limit locks it for 15 minutes
 * and, if the account exists, tells its owner once for that lockout (in the app and by email).
 */
export async function recordSignInFailure(attempt: { email: string; ip: string; userId: string | null }, now = clockNow()) {
  const { email, ip, userId } = attempt;
  await db.$transaction(async (tx) => {
    // One failure at a time per account, so that concurrent failures at the limit start one lockout, not two.
    await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:${email}`}, 0))`);
    await recordHit(SIGN_IN_FAILURES, emailAndAddress(email, ip), tx);
    await recordHit(SIGN_IN_FAILURES_PER_ADDRESS, ip, tx);
    await recordHit(SIGN_IN_FAILURES_PER_ACCOUNT, email, tx);
    const failures = await recentHits(SIGN_IN_FAILURES_PER_ACCOUNT, email, now, tx);
    if (failures.length < SIGN_IN_FAILURES_PER_ACCOUNT.max) return;
    if ((await recentHits(SIGN_IN_LOCKOUTS, email, now, tx)).length > 0) return;
    const lockout = await recordHit(SIGN_IN_LOCKOUTS, email, tx);
    if (userId) {
      await notifyUsers(tx, [userId], {
        kind: "account.sign-in-locked",
        title: `Sign-in to your Vetted account is paused for ${LOCKOUT_MINUTES} minutes`,
        body:
          `Someone entered a wrong password or two-factor code for your account ${SIGN_IN_FAILURES_PER_ACCOUNT.max} times within ${LOCKOUT_MINUTES} minutes, so signing in is ` +
          `paused for ${LOCKOUT_MINUTES} minutes, even with the right password. If that was you, wait and try again. If it was ` +
          "not, nobody got in; make sure your password is one you use nowhere else.",
        dedupeKey: `sign-in-lockout:${lockout.id}`,
      });
    }
  });
}

/** A right password clears this address's failures for the account; the account's own count stays (it proves nothing about the others). */
export async function clearSignInFailures(email: string, ip: string) {
  await clearHits(SIGN_IN_FAILURES, emailAndAddress(email, ip));
}

const emailAndAddress = (email: string, ip: string) => `${email}|${ip}`;
