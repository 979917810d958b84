import { env } from "@/lib/env";

// The outside sign-in providers this deployment offers: each only when its client is configured.

export const SSO_PROVIDER_IDS = ["google", "github", "oidc"] as const;
export type SsoProviderId = (typeof SSO_PROVIDER_IDS)[number];

export type SsoProvider = { id: SsoProviderId; name: string };

export const isSsoProviderId = (value: unknown): value is SsoProviderId => SSO_PROVIDER_IDS.includes(value as SsoProviderId);

/** The configured providers, in the order their buttons show. */
export function configuredSsoProviders(): SsoProvider[] {
  const config = env();
  const providers: SsoProvider[] = [];
  if (config.GOOGLE_CLIENT_ID && config.GOOGLE_CLIENT_SECRET) providers.push({ id: "google", name: "Google" });
  if (config.GITHUB_CLIENT_ID && config.GITHUB_CLIENT_SECRET) providers.push({ id: "github", name: "GitHub" });
  if (config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET) providers.push({ id: "oidc", name: config.OIDC_DISPLAY_NAME });
  return providers;
}

export const isConfiguredProvider = (id: string) => configuredSsoProviders().some((provider) => provider.id === id);

/** The provider's name for messages; the id itself for one no longer configured, so old links still read. */
export function providerName(id: string): string {
  const configured = configuredSsoProviders().find((provider) => provider.id === id);
  if (configured) return configured.name;
  return { google: "Google", github: "GitHub", oidc: env().OIDC_DISPLAY_NAME }[id] ?? id;
}
