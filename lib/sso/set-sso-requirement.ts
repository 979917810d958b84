import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError, forbidden } from "@/lib/errors";
import { isConfiguredProvider, providerName, type SsoProviderId } from "@/lib/sessions/sso-providers";

type Options = { userId: string; provider: SsoProviderId | null; requestId?: string | null };

/**
 * The owner of the user's company sets or clears the provider its members must sign in with. Only a
 * configured provider the owner has linked themselves: they have seen it work before requiring it.
 */
export async function setSsoRequirement({ userId, provider, requestId }: Options): Promise<{ changed: boolean }> {
  if (provider && !isConfiguredProvider(provider)) throw new AppError("VALIDATION_FAILED", "That sign-in provider is not available here.");
  return db.$transaction(async (tx) => {
    const company = await tx.company.findFirst({
      where: { members: { some: { userId, role: "OWNER" } } },
      orderBy: { createdAt: "asc" },
      select: { id: true, requiredSsoProvider: true },
    });
    if (!company) throw forbidden("Only your company's owner can change its single sign-on requirement.");
    if (company.requiredSsoProvider === provider) return { changed: false };
    if (provider) {
      const ownLink = await tx.linkedAccount.findUnique({ where: { userId_provider: { userId, provider } }, select: { id: true } });
      if (!ownLink) {
        throw new AppError(
          "CONFLICT",
          `Link ${providerName(provider)} to your own account first (Settings → Sign-in methods), so you know it works before your team depends on it.`,
        );
      }
    }
    await tx.company.update({ where: { id: company.id }, data: { requiredSsoProvider: provider }, select: { id: true } });
    await recordAudit(tx, {
      actorId: userId,
      action: "sso.requirement-changed",
      targetType: "Company",
      targetId: company.id,
      data: { from: company.requiredSsoProvider, to: provider },
      requestId,
    });
    return { changed: true };
  });
}
