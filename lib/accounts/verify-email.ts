import { tokenError, useAccountToken } from "@/lib/account-links/account-tokens";
import { sendVerificationLink } from "@/lib/account-links/verification-link";
import { recordAudit } from "@/lib/audit/record-audit";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { assertUnderLimit, recordHit, VERIFICATION_EMAILS } from "@/lib/rate-limit";
import type { SessionUser } from "@/lib/sessions/session-user";
import { checkLink } from "./check-link";

/**
 * Confirms the address a verification link was sent to. A link for an address the account no longer
 * has (the email was changed since) does not work; confirming twice is harmless.
 */
export async function verifyEmail(token: string, origin: { ip: string }, now = clockNow()) {
  const check = await checkLink(token, "EMAIL_VERIFICATION", origin, now);
  if (!check.ok) throw tokenError(check.problem);
  return db.$transaction(async (tx) => {
    const { userId, email } = await useAccountToken(tx, token, "EMAIL_VERIFICATION", now);
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
    if (user.email !== email) throw tokenError("invalid");
    if (!user.emailVerifiedAt) {
      await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: now }, select: { id: true } });
      await recordAudit(tx, { actorId: userId, action: "account.email-verified", targetType: "User", targetId: userId });
    }
    return { email };
  });
}

/**
 * Sends the signed-in user a new verification link (the older one stops working): 5 an hour. An
 * address confirmed meanwhile (another tab, another device) is an answer, not an error.
 */
export async function resendVerificationEmail({ user, now = clockNow() }: { user: SessionUser; now?: Date }) {
  const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, name: true, email: true, emailVerifiedAt: true } });
  if (account.emailVerifiedAt) return { status: "already-confirmed" as const, email: account.email };
  await assertUnderLimit(VERIFICATION_EMAILS, user.id, "We sent you several links already. Check your inbox and spam folder, or try again in {minutes}.", now);
  await recordHit(VERIFICATION_EMAILS, user.id);
  await db.$transaction((tx) => sendVerificationLink(tx, account, now));
  return { status: "sent" as const, email: account.email };
}
