import { accountUrl, queueAccountEmail } from "@/lib/account-links/account-email";
import { issueAccountToken } from "@/lib/account-links/account-tokens";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { assertUnderLimit, PASSWORD_RESET_EMAILS, PASSWORD_RESET_REQUESTS, recentHits, recordHit } from "@/lib/rate-limit";
import type { ForgotPasswordInput } from "./schemas";

/**
 * Emails a password reset link (valid for an hour, replacing any sent before) when the address has
 * an account that is not suspended. The caller learns nothing either way: every request that passes
 * the per-address limit gets the same answer, and an address asked for too often simply gets no more
 * email for a while, whether or not it has an account.
 */
export async function requestPasswordReset({ email }: ForgotPasswordInput, origin: { ip: string }, now = clockNow()) {
  await assertUnderLimit(PASSWORD_RESET_REQUESTS, origin.ip, "Too many password reset requests came from your network. Try again in {minutes}.", now);
  await recordHit(PASSWORD_RESET_REQUESTS, origin.ip);
  const earlier = await recentHits(PASSWORD_RESET_EMAILS, email, now);
  await recordHit(PASSWORD_RESET_EMAILS, email);
  if (earlier.length >= PASSWORD_RESET_EMAILS.max) return;

  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, suspendedAt: true } });
  if (!user || user.suspendedAt) return;
  await db.$transaction(async (tx) => {
    const token = await issueAccountToken(tx, { userId: user.id, purpose: "PASSWORD_RESET", email: user.email, now });
    await queueAccountEmail(
      tx,
      {
        to: user.email,
        subject: "Reset your Vetted password",
        text:
          `Hi ${user.name},\n\nSomeone (hopefully you) asked to reset the password of your Vetted account. Choose a new password here:\n\n` +
          `${accountUrl("/reset-password", { token })}\n\nThe link works once, for one hour. If you did not ask for it, ignore this email: ` +
          "your password stays as it is.",
      },
      { hasSecretLink: true },
    );
  });
}
