import { hkdfSync, randomUUID } from "node:crypto";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTOptions } from "next-auth/jwt";

// next-auth's session JWT (A256GCM with a key derived from the secret by HKDF), byte for byte, except
// that the key is derived once per process: next-auth derives it again on every request, which was
// the largest single cost of an authenticated API call under load.

const KEY_INFO = "NextAuth.js Generated Encryption Key";
const CLOCK_TOLERANCE_SECONDS = 15;
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

const keys = new Map<string, Uint8Array>();

function encryptionKey(secret: string | Buffer) {
  const id = secret.toString();
  let key = keys.get(id);
  if (!key) keys.set(id, (key = new Uint8Array(hkdfSync("sha256", secret, "", KEY_INFO, 32))));
  return key;
}

export const sessionJwt: Pick<JWTOptions, "encode" | "decode"> = {
  async encode({ token = {}, secret, maxAge = SESSION_MAX_AGE_SECONDS }) {
    const issuedAt = Math.floor(Date.now() / 1000);
    return new EncryptJWT(token)
      .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + maxAge)
      .setJti(randomUUID())
      .encrypt(encryptionKey(secret));
  },
  async decode({ token, secret }) {
    if (!token) return null;
    const { payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: CLOCK_TOLERANCE_SECONDS });
    return payload as JWT;
  },
};

export type SessionClaims = { userId: string; sessionVersion: number; signInMethod: string };

/**
 * The session's user, the user's session version it was issued under, and how they signed in
 * ("password" or a provider id, which a company's single sign-on requirement checks), from the session
 * cookie's value; null for a missing, forged or expired token. A token from before versions counts as
 * version 0; one from before the method was recorded, as a password sign-in.
 */
export async function sessionClaims(token: string | undefined, secret: string): Promise<SessionClaims | null> {
  if (!token) return null;
  try {
    const payload = await sessionJwt.decode!({ token, secret });
    if (typeof payload?.sub !== "string" || !payload.sub) return null;
    const version = payload.sessionVersion;
    return {
      userId: payload.sub,
      sessionVersion: typeof version === "number" && Number.isInteger(version) ? version : 0,
      signInMethod: typeof payload.signInMethod === "string" ? payload.signInMethod : "password",
    };
  } catch {
    return null;
  }
}

/** The session's user id alone; null for a missing, forged or expired token. */
export async function sessionUserId(token: string | undefined, secret: string) {
  return (await sessionClaims(token, secret))?.userId ?? null;
}
