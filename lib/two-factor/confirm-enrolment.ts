import { recordAudit } from "@/lib/audit/record-audit";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError, conflict } from "@/lib/errors";
import { assertCodeAttemptsAllowed, recordCodeFailure } from "./attempt-limit";
import { tellOwner } from "./notices";
import { newRecoveryCodes } from "./recovery-codes";
import { type CodeGuardedChange, replaceRecoveryCodes, USED_CODE, WRONG_CODE } from "./second-factor";
import { openSecret } from "./secret-box";
import { ALREADY_ON } from "./start-enrolment";
import { checkTotpCode } from "./totp";

const NOT_STARTED = "Start setting up two-factor authentication first: scan the QR code, then enter the code.";

export const wrongCodeError = (message: string) => new AppError("VALIDATION_FAILED", message, { fields: { code: [message] } });

/** Turns the pending secret on once a current code proves the app has it; returns the recovery codes, in clear this once. */
export async function confirmEnrolment({ user, code, requestId, now = clockNow() }: CodeGuardedChange) {
  await assertCodeAttemptsAllowed(user.id, now);
  const recoveryCodes = newRecoveryCodes();
  const outcome = await db.$transaction(async (tx) => {
    const credential = await tx.twoFactorCredential.findUnique({
      where: { userId: user.id },
      select: { encryptedSecret: true, confirmedAt: true, lastUsedStep: true },
    });
    if (!credential) throw conflict(NOT_STARTED);
    if (credential.confirmedAt) throw conflict(ALREADY_ON);
    const check = checkTotpCode({ secret: openSecret(credential.encryptedSecret, user.id), code, lastUsedStep: credential.lastUsedStep, at: now });
    if (!check.isValid) return { failure: check.reason === "used" ? USED_CODE : WRONG_CODE };
    const { count } = await tx.twoFactorCredential.updateMany({
      where: { userId: user.id, confirmedAt: null },
      data: { confirmedAt: now, lastUsedStep: check.step },
    });
    if (count !== 1) throw conflict(ALREADY_ON);
    await replaceRecoveryCodes(tx, user.id, recoveryCodes);
    await recordAudit(tx, { actorId: user.id, action: "two-factor.enabled", targetType: "User", targetId: user.id, requestId });
    await tellOwner(tx, user.id, { kind: "enabled" });
    return { failure: null };
  });
  if (outcome.failure) {
    await recordCodeFailure(user.id);
    throw wrongCodeError(outcome.failure);
  }
  return { recoveryCodes };
}
