import { Prisma } from "@/generated/prisma/client";
import { accountUrl, maskEmail, queueAccountEmail } from "@/lib/account-links/account-email";
import { issueAccountToken, tokenError, useAccountToken } from "@/lib/account-links/account-tokens";
import { recordAudit } from "@/lib/audit/record-audit";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertUnderLimit, EMAIL_CHANGES, recordHit } from "@/lib/rate-limit";
import type { SessionUser } from "@/lib/sessions/session-user";
import { checkLink } from "./check-link";
import { confirmCurrentPassword } from "./confirm-current-password";
import type { ChangeEmailInput } from "./schemas";

const UNAVAILABLE_ADDRESS = "That email address cannot be used for your account. Choose another one.";

/**
 * Starts an email change: the new address gets a link (valid for a day) and the change waits for it;
 * the current address is told. An address another account has is refused in words that do not say
 * whose it is, behind the current password and a limit of 5 changes an hour.
 */
export async function requestEmailChange({ user, input, now = clockNow() }: { user: SessionUser; input: ChangeEmailInput; now?: Date }) {
  await confirmCurrentPassword(user.id, input.currentPassword, now);
  await assertUnderLimit(EMAIL_CHANGES, user.id, "You changed your email address several times already. Try again in {minutes}.", now);
  const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, name: true } });
  if (input.email === account.email)
    throw new AppError("VALIDATION_FAILED", "That is already your email address.", { fields: { email: ["That is already your email address."] } });
  await recordHit(EMAIL_CHANGES, user.id);
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("CONFLICT", UNAVAILABLE_ADDRESS, { fields: { email: [UNAVAILABLE_ADDRESS] } });
  }
  await db.$transaction(async (tx) => {
    const token = await issueAccountToken(tx, { userId: user.id, purpose: "EMAIL_CHANGE", email: input.email, now });
    const confirmText =
      `Hi ${account.name},\n\nConfirm that Vetted should use this address for your account from now on:\n\n` +
      `${accountUrl("/confirm-email-change", { token })}\n\nThe link works for 24 hours. If you did not ask for this, ignore this email.`;
    await queueAccountEmail(tx, { to: input.email, subject: "Confirm your new email address for Vetted", text: confirmText }, { hasSecretLink: true });
    await queueAccountEmail(tx, {
      to: account.email,
      subject: "Your Vetted email address is about to change",
      text:
        `Hi ${account.name},\n\nSomeone signed in to your Vetted account asked to change its email address to ${maskEmail(input.email)}. ` +
        "The change happens once the new address is confirmed.\n\nIf this was not you, change your password now and write to support@vetted.test.",
    });
    await recordAudit(tx, { actorId: user.id, action: "account.email-change-requested", targetType: "User", targetId: user.id });
  });
  return { pendingEmail: input.email };
}

/** Follows the link sent to the new address: the account's email becomes it, confirmed, and the old address is told. */
export async function confirmEmailChange(token: string, origin: { ip: string }, now = clockNow()) {
  const check = await checkLink(token, "EMAIL_CHANGE", origin, now);
  if (!check.ok) throw tokenError(check.problem);
  try {
    return await db.$transaction(async (tx) => {
      const { userId, email } = await useAccountToken(tx, token, "EMAIL_CHANGE", now);
      const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true } });
      await tx.user.update({ where: { id: userId }, data: { email, emailVerifiedAt: now }, select: { id: true } });
      await tx.accountToken.deleteMany({ where: { userId, purpose: { in: ["EMAIL_VERIFICATION", "PASSWORD_RESET"] }, usedAt: null } });
      await recordAudit(tx, { actorId: userId, action: "account.email-changed", targetType: "User", targetId: userId });
      await queueAccountEmail(tx, {
        to: before.email,
        subject: "Your Vetted email address was changed",
        text:
          `Hi ${before.name},\n\nYour Vetted account now uses ${maskEmail(email)}; this address will get no more email about it.\n\n` +
          "If this was not you, write to support@vetted.test at once.",
      });
      return { email };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "Another account started using this address meanwhile, so it cannot become yours. Choose another one in Settings.");
    }
    throw error;
  }
}
