import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Transaction } from "@/lib/db";
import { tellOwner } from "./notices";
import { hashRecoveryCode } from "./recovery-codes";
import { openSecret } from "./secret-box";
import { checkTotpCode } from "./totp";

// Checking a code against a user's confirmed authenticator: shared by sign-in, disabling and new
// recovery codes. Accepting a code writes its effect (the step remembered, the recovery code spent)
// in the same statement that checks it is still unspent, so two requests with one code cannot both win.

/** What a change guarded by a current authenticator code is given (confirming enrolment, new recovery codes, turning it off). */
export type CodeGuardedChange = { user: { id: string }; code: string; requestId?: string | null; now?: Date };

export type SecondFactor = { kind: "totp"; code: string } | { kind: "recovery"; code: string };

export type SecondFactorResult = { isValid: true; kind: SecondFactor["kind"] } | { isValid: false; message: string };

export const WRONG_CODE = "That code is not right. Enter the 6-digit code your authenticator app shows now.";
export const USED_CODE = "That code was already used. Wait for the next code in your authenticator app and enter it.";
export const WRONG_RECOVERY_CODE = "That recovery code is not right, or it was already used. Check it and try again.";

type Client = Transaction | typeof db;

/** The user's confirmed authenticator secret, decrypted; null when two-factor authentication is off. */
export async function confirmedSecret(userId: string, client: Client = db) {
  const credential = await client.twoFactorCredential.findUnique({
    where: { userId },
    select: { encryptedSecret: true, lastUsedStep: true, confirmedAt: true },
  });
  if (!credential?.confirmedAt) return null;
  return { secret: openSecret(credential.encryptedSecret, userId), lastUsedStep: credential.lastUsedStep };
}

/** Takes the code if it is valid and unspent; the caller counts a failure toward its limit. */
export async function acceptSecondFactor(
  tx: Transaction,
  { userId, factor, at, requestId }: { userId: string; factor: SecondFactor; at: Date; requestId?: string | null },
): Promise<SecondFactorResult> {
  if (factor.kind === "recovery") return acceptRecoveryCode(tx, { userId, code: factor.code, at, requestId });
  const credential = await confirmedSecret(userId, tx);
  if (!credential) return { isValid: false, message: WRONG_CODE };
  const check = checkTotpCode({ secret: credential.secret, code: factor.code, lastUsedStep: credential.lastUsedStep, at });
  if (!check.isValid) return { isValid: false, message: check.reason === "used" ? USED_CODE : WRONG_CODE };
  if (!(await rememberStep(tx, userId, check.step))) return { isValid: false, message: USED_CODE };
  return { isValid: true, kind: "totp" };
}

/** Moves the last used step forward only: false when another request already took this step or a later one. */
export async function rememberStep(tx: Transaction, userId: string, step: number) {
  const { count } = await tx.twoFactorCredential.updateMany({
    where: { userId, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
    data: { lastUsedStep: step },
  });
  return count === 1;
}

async function acceptRecoveryCode(
  tx: Transaction,
  { userId, code, at, requestId }: { userId: string; code: string; at: Date; requestId?: string | null },
): Promise<SecondFactorResult> {
  const codeHash = hashRecoveryCode(userId, code);
  const { count } = await tx.twoFactorRecoveryCode.updateMany({
    where: { userId, codeHash, usedAt: null, user: { twoFactorCredential: { confirmedAt: { not: null } } } },
    data: { usedAt: at },
  });
  if (count !== 1) return { isValid: false, message: WRONG_RECOVERY_CODE };
  const left = await tx.twoFactorRecoveryCode.count({ where: { userId, usedAt: null } });
  await recordAudit(tx, {
    actorId: userId,
    action: "two-factor.recovery-code-used",
    targetType: "User",
    targetId: userId,
    data: { codesLeft: left },
    requestId,
  });
  await tellOwner(tx, userId, { kind: "recovery-code-used", codesLeft: left });
  return { isValid: true, kind: "recovery" };
}

/** Writes a fresh set of recovery codes in place of the old ones; the codes in clear are returned once, never stored. */
export async function replaceRecoveryCodes(tx: Transaction, userId: string, codes: string[]) {
  await tx.twoFactorRecoveryCode.deleteMany({ where: { userId } });
  await tx.twoFactorRecoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(userId, code) })) });
}
