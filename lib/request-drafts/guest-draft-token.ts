import { hkdfSync } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { secureCookies } from "@/lib/sessions/cookies";

// The browser of a visitor who started a request before signing up holds only this: a token signed
// with a key derived from NEXTAUTH_SECRET, naming their guest draft and when it stops working. The
// fields stay on the server (GuestRequestDraft); a forged, altered or expired token names nothing.

export const GUEST_DRAFT_COOKIE = "vetted.guest-draft";
/** How long a guest draft waits for its sign-up. */
export const GUEST_DRAFT_LIFETIME_MS = 7 * 24 * 60 * 60_000;

const KEY_INFO = "Vetted guest request draft";
const AUDIENCE = "guest-request-draft";

const keyFor = (secret: string) => new Uint8Array(hkdfSync("sha256", secret, "", KEY_INFO, 32));

export function signGuestDraftToken(draft: { id: string; expiresAt: Date }, secret: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(draft.id)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(draft.expiresAt.getTime() / 1000))
    .sign(keyFor(secret));
}

/** The draft id a token names; null when it is missing, forged, signed with another secret or expired. */
export async function verifyGuestDraftToken(token: string | undefined, secret: string, now = new Date()): Promise<string | null> {
  if (!token || token.length > 1000) return null;
  try {
    const { payload } = await jwtVerify(token, keyFor(secret), { algorithms: ["HS256"], audience: AUDIENCE, currentDate: now });
    return typeof payload.sub === "string" && payload.sub.length > 0 && payload.sub.length <= 64 ? payload.sub : null;
  } catch {
    return null;
  }
}

/** The cookie that carries the token: unreadable to scripts, sent on top-level navigations, HTTPS-only in production. */
export const guestDraftCookieOptions = (expiresAt: Date) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/",
  secure: secureCookies(),
  expires: expiresAt,
});
