import { recordAudit } from "@/lib/audit/record-audit";
import { now as clockNow } from "@/lib/clock";
import { NO_PASSWORD_YET, verifyPassword } from "@/lib/credentials/password";
import { db } from "@/lib/db";
import { AppError, conflict } from "@/lib/errors";
import { assertCodeAttemptsAllowed, recordCodeFailure } from "@/lib/two-factor/attempt-limit";
import { wrongCodeError } from "@/lib/two-factor/confirm-enrolment";
import { tellOwner } from "@/lib/two-factor/notices";
import { looksLikeRecoveryCode } from "@/lib/two-factor/recovery-codes-format";
import { NOT_ON } from "@/lib/two-factor/regenerate-recovery-codes";
import type { CodeGuardedChange } from "@/lib/two-factor/second-factor";
import { acceptSecondFactor, confirmedSecret } from "@/lib/two-factor/second-factor";

const WRONG_PASSWORD = "That password is not right. Enter the password you sign in with.";

/** Turns two-factor authentication off with the password and a current code (or a recovery code). */
export async function disableTwoFactor({ user, password, code, requestId, now = clockNow() }: CodeGuardedChange & { password: string }) {
  await assertCodeAttemptsAllowed(user.id, now);
  if (!(await confirmedSecret(user.id))) throw conflict(NOT_ON);
  const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, hasPassword: true } });
  if (!account.hasPassword) throw conflict(NO_PASSWORD_YET);
  if (!(await verifyPassword(account.passwordHash, password))) {
    await recordCodeFailure(user.id);
    throw new AppError("VALIDATION_FAILED", WRONG_PASSWORD, { fields: { password: [WRONG_PASSWORD] } });
  }
  const factor = looksLikeRecoveryCode(code) ? ({ kind: "recovery", code } as const) : ({ kind: "totp", code: code.replace(/\s/g, "") } as const);
  const result = await db.$transaction(async (tx) => {
    const accepted = await acceptSecondFactor(tx, { userId: user.id, factor, at: now, requestId });
    if (!accepted.isValid) return accepted;
    await tx.twoFactorRecoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.twoFactorCredential.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, { actorId: user.id, action: "two-factor.disabled", targetType: "User", targetId: user.id, data: { with: accepted.kind }, requestId });
    await tellOwner(tx, user.id, { kind: "disabled" });
    return accepted;
  });
  if (!result.isValid) {
    await recordCodeFailure(user.id);
    throw wrongCodeError(result.message);
  }
  return { isEnabled: false } as const;
}
