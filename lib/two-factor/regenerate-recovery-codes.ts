import { recordAudit } from "@/lib/audit/record-audit";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { assertCodeAttemptsAllowed, recordCodeFailure } from "./attempt-limit";
import { wrongCodeError } from "./confirm-enrolment";
import { newRecoveryCodes } from "./recovery-codes";
import { acceptSecondFactor, type CodeGuardedChange, confirmedSecret, replaceRecoveryCodes } from "./second-factor";

export const NOT_ON = "Two-factor authentication is not on for your account.";

/** Ten new recovery codes for a current authenticator code; every earlier code stops working. */
export async function regenerateRecoveryCodes({ user, code, requestId, now = clockNow() }: CodeGuardedChange) {
  await assertCodeAttemptsAllowed(user.id, now);
  if (!(await confirmedSecret(user.id))) throw conflict(NOT_ON);
  const recoveryCodes = newRecoveryCodes();
  const result = await db.$transaction(async (tx) => {
    const accepted = await acceptSecondFactor(tx, { userId: user.id, factor: { kind: "totp", code }, at: now, requestId });
    if (!accepted.isValid) return accepted;
    await replaceRecoveryCodes(tx, user.id, recoveryCodes);
    await recordAudit(tx, { actorId: user.id, action: "two-factor.recovery-codes-regenerated", targetType: "User", targetId: user.id, requestId });
    return accepted;
  });
  if (!result.isValid) {
    await recordCodeFailure(user.id);
    throw wrongCodeError(result.message);
  }
  return { recoveryCodes };
}
