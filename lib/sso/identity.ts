import type { SsoProviderId } from "@/lib/sessions/sso-providers";

// What a provider told us about the person signing in, reduced to what the linking rules need.

export type ProviderIdentity = {
  provider: SsoProviderId;
  providerAccountId: string;
  email: string | null;
  name: string | null;
  /** Only true when the provider vouches that the person controls `email`. */
  isEmailVerified: boolean;
};

type Claims = Record<string, unknown>;

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);

/**
 * Google and OpenID Connect providers state `email_verified` in their claims; for GitHub the profile
 * carries the flag our own userinfo request set (./next-auth-providers.ts: the primary address, and only
 * when GitHub has verified it). Anything else, a string "true" included, counts as unverified.
 */
export function identityFromProfile(provider: SsoProviderId, providerAccountId: string, profile: Claims): ProviderIdentity {
  const email = text(profile.email)?.toLowerCase() ?? null;
  const name = text(profile.name) ?? text(profile.login) ?? text(profile.preferred_username);
  return { provider, providerAccountId, email, name, isEmailVerified: email !== null && profile.email_verified === true };
}
