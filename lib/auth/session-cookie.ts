import type { Role } from "@/generated/prisma/enums";
import { env } from "@/lib/env";
import { secureCookies, sessionCookieName } from "@/lib/sessions/cookies";
import { SESSION_MAX_AGE_SECONDS, sessionJwt } from "@/lib/sessions/session-token";

type SessionSubject = { id: string; email: string; name: string; role: Role; signInMethod: string };

/**
 * A session cookie for an account created outside next-auth's callbacks (the finish-sign-up step after
 * a provider sign-in): the same token next-auth's jwt callback makes (./options.ts), so nothing
 * downstream can tell the two apart.
 */
export async function sessionCookieFor({ id, email, name, role, signInMethod }: SessionSubject) {
  const value = await sessionJwt.encode!({
    token: { name, email, sub: id, role, signInMethod },
    secret: env().NEXTAUTH_SECRET,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  return {
    name: sessionCookieName(),
    value,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secureCookies(), maxAge: SESSION_MAX_AGE_SECONDS },
  };
}
