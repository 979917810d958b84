import { queueAccountEmail } from "@/lib/account-links/account-email";
import { recordAudit } from "@/lib/audit/record-audit";
import { now as clockNow } from "@/lib/clock";
import { hashPassword } from "@/lib/credentials/password";
import { newPasswordProblem } from "@/lib/credentials/password-strength";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/sessions/session-user";
import { confirmCurrentPassword } from "./confirm-current-password";
import { personalDetailsOf } from "./personal-details";
import type { ChangePasswordInput } from "./schemas";
import { bumpSessionVersion } from "./session-versions";

/**
 * The signed-in user sets a new password, confirming the current one. Every session is revoked; the
 * caller re-issues this device's own under the returned version, so only the other devices sign out.
 */
export async function changePassword({
  user,
  input,
  now = clockNow(),
}: {
  user: SessionUser;
  input: Omit<ChangePasswordInput, "confirmPassword">;
  now?: Date;
}) {
  await confirmCurrentPassword(user.id, input.currentPassword, now);
  const problem = await newPasswordProblem(input.password, await personalDetailsOf(user.id));
  if (problem) throw new AppError("VALIDATION_FAILED", "Choose a stronger password.", { fields: { password: [problem] } });
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash }, select: { id: true } });
    const sessionVersion = await bumpSessionVersion(tx, user.id);
    await recordAudit(tx, { actorId: user.id, action: "account.password-changed", targetType: "User", targetId: user.id });
    const { email, name } = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, name: true } });
    await queueAccountEmail(tx, {
      to: email,
      subject: "Your Vetted password was changed",
      text:
        `Hi ${name},\n\nThe password of your Vetted account was just changed in Settings, and every other device that was signed in has been ` +
        "signed out.\n\nIf this was not you, reset your password at once from the sign-in page (Forgot password?) and write to support@vetted.test.",
    });
    return { sessionVersion };
  });
}

/** "Sign out of all other devices": every session is revoked; the caller re-issues this device's own. */
export async function signOutOtherDevices({ user }: { user: SessionUser }) {
  return db.$transaction(async (tx) => {
    const sessionVersion = await bumpSessionVersion(tx, user.id);
    await recordAudit(tx, { actorId: user.id, action: "account.sessions-revoked", targetType: "User", targetId: user.id });
    return { sessionVersion };
  });
}
