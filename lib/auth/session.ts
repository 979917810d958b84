import { cookies } from "next/headers";
import { cache } from "react";
import type { Role } from "@/generated/prisma/enums";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { ADMIN_TWO_FACTOR_MESSAGE, isAdminWithoutTwoFactor } from "@/lib/sessions/admin-two-factor";
import { sessionCookieName } from "@/lib/sessions/cookies";
import { sessionClaims } from "@/lib/sessions/session-token";
import { loadSessionUser, type SessionUser } from "@/lib/sessions/session-user";

export type { SessionUser } from "@/lib/sessions/session-user";

/**
 * The signed-in user: the session cookie decoded here (next-auth's getServerSession would also run
 * its callbacks and re-encrypt the cookie on every call), then the account re-read from the database
 * so that a suspension or a revoked session (an older session version) takes effect at once even
 * though the session JWT is still valid.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  const claims = await sessionClaims(token, env().NEXTAUTH_SECRET);
  return claims ? loadSessionUser(claims.userId, claims.sessionVersion, claims.signInMethod) : null;
});

export async function requireUser(roles?: readonly Role[]): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (roles && !roles.includes(user.role)) throw new AppError("FORBIDDEN", "Your account does not have access to this.");
  if (roles && isAdminWithoutTwoFactor(user, roles)) throw new AppError("FORBIDDEN", ADMIN_TWO_FACTOR_MESSAGE);
  return user;
}

export const requireRole = (...roles: Role[]) => requireUser(roles);
