import type { Role } from "@/generated/prisma/enums";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/options";
import type { Transaction } from "@/lib/db";
import { env } from "@/lib/env";
import { secureCookies, sessionCookieName } from "@/lib/sessions/cookies";
import { sessionJwt } from "@/lib/sessions/session-token";

/** Every session issued so far stops working on its next request (lib/sessions/session-user.ts). Returns the new version. */
export async function bumpSessionVersion(tx: Transaction, userId: string) {
  const { sessionVersion } = await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
  return sessionVersion;
}

export type SessionCookie = { name: string; value: string; options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; maxAge: number } };

/**
 * A fresh session cookie for the device that just changed its own password or signed the others out:
 * the same token next-auth would issue at sign-in, under the new version.
 */
export async function sessionCookieFor(user: { id: string; email: string; name: string; role: Role }, sessionVersion: number): Promise<SessionCookie> {
  const token = { sub: user.id, name: user.name, email: user.email, role: user.role, sessionVersion };
  const value = await sessionJwt.encode!({ token, secret: env().NEXTAUTH_SECRET, maxAge: SESSION_MAX_AGE_SECONDS });
  return {
    name: sessionCookieName(),
    value,
    options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies(), maxAge: SESSION_MAX_AGE_SECONDS },
  };
}
