import { queueAccountEmail } from "@/lib/account-links/account-email";
import { tokenError, useAccountToken } from "@/lib/account-links/account-tokens";
import { recordAudit } from "@/lib/audit/record-audit";
import { now as clockNow } from "@/lib/clock";
import { hashPassword } from "@/lib/credentials/password";
import { newPasswordProblem } from "@/lib/credentials/password-strength";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { clearHits, SIGN_IN_FAILURES_PER_ACCOUNT, SIGN_IN_LOCKOUTS } from "@/lib/rate-limit";
import { checkLink } from "./check-link";
import { personalDetailsOf } from "./personal-details";
import type { ResetPasswordInput } from "./schemas";

/** Before the form: whether the link still works (./check-link.ts). */
export const checkResetLink = (token: string, origin: { ip: string }, now = clockNow()) => checkLink(token, "PASSWORD_RESET", origin, now);

/**
 * Sets a new password through an emailed link: the link is used up, every session of the account is
 * revoked (the next request of each is refused), the account's sign-in lockout is lifted (the owner
 * just proved they read its mail, which also confirms the address) and the owner is told by email.
 * A link that does not work changes nothing and counts against the caller's address.
 */
export async function resetPassword({ token, password }: Pick<ResetPasswordInput, "token" | "password">, origin: { ip: string }, now = clockNow()) {
  const check = await checkResetLink(token, origin, now);
  if (!check.ok) throw tokenError(check.problem);
  const { userId, email } = check;
  const problem = await newPasswordProblem(password, await personalDetailsOf(userId));
  if (problem) throw new AppError("VALIDATION_FAILED", "Choose a stronger password.", { fields: { password: [problem] } });
  const passwordHash = await hashPassword(password);

  const user = await db.$transaction(async (tx) => {
    await useAccountToken(tx, token, "PASSWORD_RESET", now);
    const current = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
    const confirmsAddress = !current.emailVerifiedAt && current.email === email;
    const updated = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, hasPassword: true, sessionVersion: { increment: 1 }, ...(confirmsAddress && { emailVerifiedAt: now }) },
      select: { email: true, name: true },
    });
    await recordAudit(tx, { actorId: userId, action: "account.password-reset", targetType: "User", targetId: userId });
    await queueAccountEmail(tx, {
      to: updated.email,
      subject: "Your Vetted password was changed",
      text:
        `Hi ${updated.name},\n\nThe password of your Vetted account was just reset through the link we emailed you, and every device ` +
        "that was signed in has been signed out.\n\nIf this was not you, reset your password again at once and write to support@vetted.test.",
    });
    return updated;
  });
  await clearHits(SIGN_IN_LOCKOUTS, user.email);
  await clearHits(SIGN_IN_FAILURES_PER_ACCOUNT, user.email);
}
