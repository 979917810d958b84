import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/sessions/session-user";
import { configuredSsoProviders, providerName, type SsoProvider } from "@/lib/sessions/sso-providers";

export type CompanySsoSettings = {
  companyName: string;
  isOwner: boolean;
  requiredProvider: { id: string; name: string } | null;
  providers: SsoProvider[];
  /** Providers the owner has linked to their own account: only those can be required. */
  ownLinkedProviders: string[];
};

/** Settings → Single sign-on: the user's company and its requirement; owners may change it. */
export async function getCompanySsoSettings(user: SessionUser): Promise<CompanySsoSettings> {
  const membership = await db.companyMember.findFirst({
    where: { userId: user.id },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      company: { select: { name: true, requiredSsoProvider: true } },
      user: { select: { linkedAccounts: { select: { provider: true } } } },
    },
  });
  if (!membership) throw notFound("Your company");
  const required = membership.company.requiredSsoProvider;
  return {
    companyName: membership.company.name,
    isOwner: membership.role === "OWNER",
    requiredProvider: required ? { id: required, name: providerName(required) } : null,
    providers: configuredSsoProviders(),
    ownLinkedProviders: membership.user.linkedAccounts.map((link) => link.provider),
  };
}
