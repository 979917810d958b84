import type { Role } from "@/generated/prisma/enums";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "./password";
import type { SignInInput } from "./schemas";
import { assertSignInAllowed, clearSignInFailures, recordSignInFailure } from "./sign-in-throttle";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role };

const WRONG_CREDENTIALS = "That email and password do not match an account. Check both and try again.";

// Verified against when the email has no account, so that an unknown email takes as long as a wrong password.
let standInHash: Promise<string> | undefined;
const hashForUnknownEmails = () => (standInHash ??= hashPassword("no account has this password"));

/**
 * Checks credentials. Failures are counted and limited in ./sign-in-throttle.ts: an account locked
 * after too many failures refuses even the right password. One message for a wrong password and an
 * unknown email. A suspended account cannot sign in. Errors carry the sign-in form's message.
 */
export async function authenticate({ email, password }: SignInInput, ip: string): Promise<AuthenticatedUser> {
  await assertSignInAllowed(email, ip);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, suspendedAt: true, deletedAt: true },
  });
  const isValid = await verifyPassword(user?.passwordHash ?? (await hashForUnknownEmails()), password);
  if (!user || !isValid || user.deletedAt) {
    await recordSignInFailure({ email, ip, userId: user?.id ?? null });
    throw new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS);
  }
  if (user.suspendedAt) {
    throw new AppError("FORBIDDEN", "This account is suspended. Contact support@vetted.test if you think this is a mistake.");
  }
  await clearSignInFailures(email, ip);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now() }, select: { id: true } });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
