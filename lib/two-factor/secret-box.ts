import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// TOTP secrets at rest: AES-256-GCM under TWO_FACTOR_ENCRYPTION_KEY, with the user's id as associated
// data, so a secret copied onto another user's row does not open. Stored as "v1.<iv>.<tag>.<ciphertext>"
// (base64url); the version leaves room for a key rotation.

const VERSION = "v1";
const IV_BYTES = 12;
const DEVELOPMENT_KEY_INFO = "Vetted two-factor secrets (development)";

let derivedKey: { from: string; key: Buffer } | undefined;

/** The configured key; outside production, without one, a key derived from the auth secret. */
export function twoFactorKey(): Buffer {
  const { TWO_FACTOR_ENCRYPTION_KEY: configured, NEXTAUTH_SECRET } = env();
  if (configured) return Buffer.from(configured, "hex");
  if (derivedKey?.from !== NEXTAUTH_SECRET) {
    derivedKey = { from: NEXTAUTH_SECRET, key: Buffer.from(hkdfSync("sha256", NEXTAUTH_SECRET, "", DEVELOPMENT_KEY_INFO, 32)) };
  }
  return derivedKey.key;
}

export function sealSecret(secret: string, userId: string, key: Buffer = twoFactorKey()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(userId));
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The secret, or an error when the value was tampered with, belongs to another user or another key sealed it. */
export function openSecret(sealed: string, userId: string, key: Buffer = twoFactorKey()): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error("unreadable two-factor secret");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(userId));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}
