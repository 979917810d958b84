import { hkdfSync } from "node:crypto";
import { EncryptJWT, jwtDecrypt } from "jose";
import { z } from "zod";
import { SSO_PROVIDER_IDS } from "@/lib/sessions/sso-providers";
import type { ProviderIdentity } from "./identity";

// Between a provider's "yes, this is them" and the finish-sign-up form, nothing is stored: the identity
// travels in an encrypted, short-lived cookie, so no account exists before it has a role.

export const PENDING_SIGN_UP_COOKIE = "vetted.sso-sign-up";
export const PENDING_SIGN_UP_MAX_AGE_SECONDS = 15 * 60;

const KEY_INFO = "Vetted single sign-on pending sign-up";

const identitySchema = z.object({
  provider: z.enum(SSO_PROVIDER_IDS),
  providerAccountId: z.string().min(1),
  email: z.string().nullable(),
  name: z.string().nullable(),
  isEmailVerified: z.boolean(),
});

const keyFor = (secret: string) => new Uint8Array(hkdfSync("sha256", secret, "", KEY_INFO, 32));

export function sealPendingSignUp(identity: ProviderIdentity, secret: string): Promise<string> {
  return new EncryptJWT({ identity })
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt()
    .setExpirationTime(`${PENDING_SIGN_UP_MAX_AGE_SECONDS}s`)
    .encrypt(keyFor(secret));
}

/** The identity a pending sign-up carries; null when the cookie is missing, forged or expired. */
export async function openPendingSignUp(token: string | undefined, secret: string): Promise<ProviderIdentity | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtDecrypt(token, keyFor(secret));
    const parsed = identitySchema.safeParse(payload.identity);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
