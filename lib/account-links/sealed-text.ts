import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// Emails that carry a single-use link wait in the outbox until the worker sends them. Their text is
// sealed (AES-256-GCM, a key derived from NEXTAUTH_SECRET) so that a database dump or a backup does
// not hand out working reset links; the worker and the development mailbox open it.

const PREFIX = "sealed.v1.";
const KEY_INFO = "Vetted sealed email text";

const keyFor = (secret: string) => Buffer.from(hkdfSync("sha256", secret, "", KEY_INFO, 32));

export function sealText(text: string, secret = env().NEXTAUTH_SECRET) {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(secret), iv);
  const sealed = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return `${PREFIX}${[iv, cipher.getAuthTag(), sealed].map((part) => part.toString("base64url")).join(".")}`;
}

export const isSealedText = (text: string) => text.startsWith(PREFIX);

/** The text as written; text that was never sealed comes back unchanged. Throws when the seal does not open (another secret). */
export function openText(text: string, secret = env().NEXTAUTH_SECRET) {
  if (!isSealedText(text)) return text;
  const [iv, tag, sealed] = text
    .slice(PREFIX.length)
    .split(".")
    .map((part) => Buffer.from(part, "base64url"));
  const decipher = createDecipheriv("aes-256-gcm", keyFor(secret), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed), decipher.final()]).toString("utf8");
}
