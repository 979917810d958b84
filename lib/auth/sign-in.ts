import type { Role } from "@/generated/prisma/enums";
import { now } from "@/lib/clock";
import { hashPassword, verifyPassword } from "@/lib/credentials/password";
import { type SignInInput, TWO_FACTOR_REQUIRED } from "@/lib/credentials/schemas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertPasswordSignInAllowed } from "@/lib/sso/company-requirement";
import { acceptSecondFactor, confirmedSecret, type SecondFactor } from "@/lib/two-factor/second-factor";
import { assertSignInAllowed, clearSignInFailures, recordSignInFailure } from "./sign-in-throttle";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };

const WRONG_CREDENTIALS = "That email and password do not match an account. Check both and try again.";

// Verified against when the email has no account, so that an unknown email takes as long as a wrong password.
let standInHash: Promise<string> | undefined;
const hashForUnknownEmails = () => (standInHash ??= hashPassword("no account has this password"));

/**
 * Checks credentials. Failures are counted and limited in ./sign-in-throttle.ts: an account locked
 * after too many failures refuses even the right password. One message for a wrong password and an
 * unknown email. A suspended account cannot sign in, nor a member of a company that requires single
 * sign-on (lib/sso/company-requirement.ts). Errors carry the sign-in form's message.
 * For an account with two-factor authentication the code comes next: without one the answer is
 * TWO_FACTOR_REQUIRED (the form asks for it and sends the password again with it); a wrong code
 * counts toward the lockout like a wrong password, and only a full success clears failures.
 */
export async function authenticate({ email, password, totpCode, recoveryCode }: SignInInput, ip: string): Promise<AuthenticatedUser> {
  await assertSignInAllowed(email, ip);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, suspendedAt: true, deletedAt: true, sessionVersion: true },
  });
  const isValid = await verifyPassword(user?.passwordHash ?? (await hashForUnknownEmails()), password);
  if (!user || !isValid || user.deletedAt) {
    await recordSignInFailure({ email, ip, userId: user?.id ?? null });
    throw new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS);
  }
  if (user.suspendedAt) {
    throw new AppError("FORBIDDEN", "This account is suspended. Contact support@vetted.test if you think this is a mistake.");
  }
  await assertPasswordSignInAllowed(user.id);
  await checkSecondStep({ userId: user.id, email, ip, totpCode, recoveryCode });
  await clearSignInFailures(email, ip);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now() }, select: { id: true } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}

async function checkSecondStep(attempt: { userId: string; email: string; ip: string; totpCode?: string; recoveryCode?: string }) {
  const { userId, email, ip, totpCode, recoveryCode } = attempt;
  if (!(await confirmedSecret(userId))) return;
  const factor: SecondFactor | null = recoveryCode
    ? { kind: "recovery", code: recoveryCode }
    : totpCode
      ? { kind: "totp", code: totpCode.replace(/\s/g, "") }
      : null;
  if (!factor) throw new AppError("UNAUTHENTICATED", TWO_FACTOR_REQUIRED);
  const result = await db.$transaction((tx) => acceptSecondFactor(tx, { userId, factor, at: now() }));
  if (result.isValid) return;
  await recordSignInFailure({ email, ip, userId });
  throw new AppError("UNAUTHENTICATED", result.message);
}
