import { NO_PASSWORD_YET, verifyPassword } from "@/lib/credentials/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertUnderLimit, PASSWORD_CONFIRM_FAILURES, recordHit } from "@/lib/rate-limit";

/**
 * Settings changes that matter (password, email) ask for the current password, so that an unlocked
 * laptop is not enough to take the account over; wrong guesses are limited per user.
 */
export async function confirmCurrentPassword(userId: string, password: string, now: Date) {
  await assertUnderLimit(PASSWORD_CONFIRM_FAILURES, userId, "Too many wrong passwords were entered. Try again in {minutes}.", now);
  const { passwordHash, hasPassword } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, hasPassword: true } });
  if (!hasPassword) throw new AppError("CONFLICT", NO_PASSWORD_YET);
  if (await verifyPassword(passwordHash, password)) return;
  await recordHit(PASSWORD_CONFIRM_FAILURES, userId);
  throw new AppError("VALIDATION_FAILED", "That is not your current password.", { fields: { currentPassword: ["That is not your current password."] } });
}
