import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/sessions/session-user";
import { configuredSsoProviders, isConfiguredProvider, providerName, type SsoProvider } from "@/lib/sessions/sso-providers";
import { type SsoRequirement, ssoRequirementFor } from "./company-requirement";

export type LinkedSignIn = { provider: string; providerName: string; email: string | null; createdAt: Date; lastUsedAt: Date | null };

export type SignInMethods = {
  hasPassword: boolean;
  linked: LinkedSignIn[];
  /** Configured providers the user has not linked yet. */
  linkable: SsoProvider[];
  requirement: SsoRequirement | null;
};

type MethodsState = { hasPassword: boolean; providers: string[]; requirement: SsoRequirement | null };

/**
 * The ways this account could still sign in: its password (unless a company requirement refuses it),
 * and each linked provider that is configured (only the required one, under a requirement).
 */
export function usableSignInMethods({ hasPassword, providers, requirement }: MethodsState): string[] {
  const usableProviders = providers.filter((provider) => isConfiguredProvider(provider) && (!requirement || requirement.provider === provider));
  return [...(hasPassword && !requirement ? ["password"] : []), ...usableProviders];
}

/** Settings → Sign-in methods: the signed-in user's own password and linked providers. */
export async function getSignInMethods(user: SessionUser): Promise<SignInMethods> {
  const account = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: {
      hasPassword: true,
      linkedAccounts: { select: { provider: true, email: true, createdAt: true, lastUsedAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const linkedProviders = new Set(account.linkedAccounts.map((link) => link.provider));
  return {
    hasPassword: account.hasPassword,
    linked: account.linkedAccounts.map((link) => ({ ...link, providerName: providerName(link.provider) })),
    linkable: configuredSsoProviders().filter((provider) => !linkedProviders.has(provider.id)),
    requirement: await ssoRequirementFor(user.id),
  };
}
