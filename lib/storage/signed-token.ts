import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// The disk driver's stand-in for presigned URLs: a payload and its HMAC in the URL, both base64url.
// The key is derived from NEXTAUTH_SECRET, so every app instance verifies what any other one signed.

export type UploadGrant = { op: "put"; key: string; maxBytes: number; contentType: string; exp: number };
export type DownloadGrant = { op: "get"; key: string; name: string; type: string; inline: boolean; exp: number };
type Grant = UploadGrant | DownloadGrant;

export type TokenCheck<G extends Grant> = { ok: true; grant: G } | { ok: false; reason: "invalid" | "expired" };

const signingKeys = new Map<string, Buffer>();

function keyOf(secret: string) {
  let key = signingKeys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "vetted-storage", "signed storage urls", 32));
    signingKeys.set(secret, key);
  }
  return key;
}

const mac = (payload: string, secret: string) => createHmac("sha256", keyOf(secret)).update(payload).digest("base64url");

export function signGrant(grant: Grant, secret = env().NEXTAUTH_SECRET): string {
  const payload = Buffer.from(JSON.stringify(grant)).toString("base64url");
  return `${payload}.${mac(payload, secret)}`;
}

export function verifyGrant<G extends Grant>(token: string, op: G["op"], now: Date, secret = env().NEXTAUTH_SECRET): TokenCheck<G> {
  const [payload, signature, ...rest] = token.split(".");
  if (!payload || !signature || rest.length) return { ok: false, reason: "invalid" };
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "invalid" };
  let grant: G;
  try {
    grant = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as G;
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (grant.op !== op) return { ok: false, reason: "invalid" };
  if (grant.exp * 1000 < now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, grant };
}
