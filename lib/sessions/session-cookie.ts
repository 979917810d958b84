import type { Role } from "@/generated/prisma/enums";
import { env } from "@/lib/env";
import { secureCookies, sessionCookieName } from "./cookies";
import { SESSION_MAX_AGE_SECONDS, sessionJwt } from "./session-token";

export type SessionSubject = { id: string; email: string; name: string; role: Role; sessionVersion: number; signInMethod: string };

export type SessionCookie = { name: string; value: string; options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; maxAge: number } };

/**
 * A session cookie issued outside next-auth's callbacks (the finish-sign-up step after a provider
 * sign-in; the device that just changed its own password or signed the others out): the same token
 * next-auth's jwt callback makes (lib/auth/options.ts), so nothing downstream can tell them apart.
 */
export async function sessionCookieFor({ id, email, name, role, sessionVersion, signInMethod }: SessionSubject): Promise<SessionCookie> {
  const token = { sub: id, name, email, role, sessionVersion, signInMethod };
  const value = await sessionJwt.encode!({ token, secret: env().NEXTAUTH_SECRET, maxAge: SESSION_MAX_AGE_SECONDS });
  return {
    name: sessionCookieName(),
    value,
    options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies(), maxAge: SESSION_MAX_AGE_SECONDS },
  };
}
