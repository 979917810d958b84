import { createHmac, timingSafeEqual } from "node:crypto";
import { appUrl } from "@/lib/app-url";
import { env } from "@/lib/env";
import { PREFERENCE_WORDS, type PreferenceKind, preferenceKindOfSlug } from "./preference-kinds";

// An unsubscribe link names one user and one kind and is signed with a key derived from
// NEXTAUTH_SECRET: "<userId>.<kind slug>.<HMAC-SHA256 in base64url>". It only ever turns email off,
// so it does not expire (RFC 8058 mail clients may use it long after the email arrived).

const KEY_PURPOSE = "vetted unsubscribe link v1";

const keyOf = (secret: string) => createHmac("sha256", secret).update(KEY_PURPOSE).digest();
const signatureOf = (payload: string, secret: string) => createHmac("sha256", keyOf(secret)).update(payload).digest("base64url");

export function signUnsubscribeToken(userId: string, kind: PreferenceKind, secret = env().NEXTAUTH_SECRET) {
  const payload = `${userId}.${PREFERENCE_WORDS[kind].slug}`;
  return `${payload}.${signatureOf(payload, secret)}`;
}

/** The user and kind a token names, or null when it is malformed, cut short or signed by anyone else. */
export function verifyUnsubscribeToken(token: string, secret = env().NEXTAUTH_SECRET): { userId: string; kind: PreferenceKind } | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [userId, slug, signature] = parts;
  const kind = preferenceKindOfSlug(slug);
  if (!userId || !kind) return null;
  const expected = Buffer.from(signatureOf(`${userId}.${slug}`, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, kind };
}

/** The page a person opens from the email's footer; mail clients POST to the API address instead. */
export const unsubscribePageUrl = (token: string) => appUrl(`/unsubscribe?token=${encodeURIComponent(token)}`);
export const unsubscribeApiUrl = (token: string) => appUrl(`/api/v1/unsubscribe?token=${encodeURIComponent(token)}`);
