import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertUnderLimit, clearHits, recordHit, SIGN_IN_FAILURES, SIGN_IN_FAILURES_PER_ACCOUNT } from "@/lib/rate-limit";
import { verifyPassword } from "./password";
import { signInSchema } from "./schemas";
import type { Role } from "@/generated/prisma/enums";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role };

const WRONG_CREDENTIALS = "That email and password do not match an account. Check both and try again.";

/**
 * Checks credentials. Failed attempts are counted in Postgres per email + IP (10 per 15 minutes) and
 * per email from all addresses (50 per 15 minutes, which a success does not reset: it proves nothing
 * about the other attempts). A suspended account cannot sign in. Errors carry the sign-in form's message.
 */
export async function authenticate(input: unknown, ip: string): Promise<AuthenticatedUser> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "Enter your email address and password.");
  const { email, password } = parsed.data;
  const limitKey = `${email}|${ip}`;
  const tooMany = "Too many failed sign-in attempts. Wait {minutes} minutes, then try again.";
  await assertUnderLimit(SIGN_IN_FAILURES, limitKey, tooMany);
  await assertUnderLimit(SIGN_IN_FAILURES_PER_ACCOUNT, email, tooMany);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, suspendedAt: true },
  });
  const isValid = user ? await verifyPassword(user.passwordHash, password) : false;
  if (!user || !isValid) {
    await Promise.all([recordHit(SIGN_IN_FAILURES, limitKey), recordHit(SIGN_IN_FAILURES_PER_ACCOUNT, email)]);
    throw new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS);
  }
  if (user.suspendedAt) {
    throw new AppError("FORBIDDEN", "This account is suspended. Contact support@vetted.test if you think this is a mistake.");
  }
  await clearHits(SIGN_IN_FAILURES, limitKey);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() }, select: { id: true } });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
