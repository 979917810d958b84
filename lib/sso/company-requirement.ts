import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { isConfiguredProvider, providerName } from "@/lib/sessions/sso-providers";

export type SsoRequirement = { companyName: string; provider: string };

/**
 * The provider a user must sign in with, when a company they belong to requires one. Owners are exempt
 * (they keep their password, so a broken provider cannot lock a company out of its own settings), and
 * so is everyone when the required provider is no longer configured here.
 */
export async function ssoRequirementFor(userId: string): Promise<SsoRequirement | null> {
  const membership = await db.companyMember.findFirst({
    where: { userId, role: { not: "OWNER" }, company: { requiredSsoProvider: { not: null } } },
    select: { company: { select: { id: true, name: true, requiredSsoProvider: true } } },
  });
  const provider = membership?.company.requiredSsoProvider;
  if (!membership || !provider) return null;
  if (!isConfiguredProvider(provider)) {
    logger.warn({ companyId: membership.company.id, provider }, "company requires a sign-in provider that is not configured; not enforced");
    return null;
  }
  return { companyName: membership.company.name, provider };
}

export const requirementMessage = ({ companyName, provider }: SsoRequirement) =>
  `${companyName} requires signing in with ${providerName(provider)}. Use "Continue with ${providerName(provider)}" instead of your password.`;

/** For password sign-ins, after the password checked out: refused when the user's company requires a provider. */
export async function assertPasswordSignInAllowed(userId: string) {
  const requirement = await ssoRequirementFor(userId);
  if (requirement) throw new AppError("FORBIDDEN", requirementMessage(requirement));
}
