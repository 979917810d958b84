import { env } from "@/lib/env";
import { sessionCookieName } from "./cookies";
import { sessionClaims } from "./session-token";
import { loadSessionUser, type SessionUser } from "./session-user";

// The signed-in user of a plain Request, for code that runs outside Next's request scope (the API
// router): the session cookie decrypted with the key derived once, then the account re-read so a
// suspension takes effect at once.

function cookieValue(cookieHeader: string | null, name: string) {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(";")) {
    const separator = part.indexOf("=");
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

export async function sessionUserFrom(request: Request): Promise<SessionUser | null> {
  const token = cookieValue(request.headers.get("cookie"), sessionCookieName());
  const claims = await sessionClaims(token, env().NEXTAUTH_SECRET);
  return claims ? loadSessionUser(claims.userId, claims.sessionVersion, claims.signInMethod) : null;
}
