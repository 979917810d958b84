import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { providerName, type SsoProviderId } from "@/lib/sessions/sso-providers";
import { ssoRequirementFor } from "./company-requirement";
import { usableSignInMethods } from "./sign-in-methods";

type Options = { userId: string; provider: SsoProviderId; requestId?: string | null };

/**
 * Unlinks one of the user's own providers, unless that would leave no way to sign in. The user's row is
 * locked first, so two unlinks at once cannot each count on the other's provider still being there.
 */
export async function unlinkAccount({ userId, provider, requestId }: Options) {
  const requirement = await ssoRequirementFor(userId);
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId} FOR UPDATE`;
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { hasPassword: true, linkedAccounts: { select: { provider: true } } } });
    if (!user.linkedAccounts.some((link) => link.provider === provider)) throw notFound("That sign-in method");
    const remaining = user.linkedAccounts.map((link) => link.provider).filter((linked) => linked !== provider);
    if (usableSignInMethods({ hasPassword: user.hasPassword, providers: remaining, requirement }).length === 0) {
      const why = requirement ? `${requirement.companyName} requires signing in with ${providerName(requirement.provider)}` : "it is your only way to sign in";
      throw new AppError("CONFLICT", `You cannot unlink ${providerName(provider)}: ${why}.`);
    }
    await tx.linkedAccount.delete({ where: { userId_provider: { userId, provider } }, select: { id: true } });
    await recordAudit(tx, { actorId: userId, action: "sso.unlinked", targetType: "User", targetId: userId, data: { provider }, requestId });
  });
}
