import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { notifyUsers } from "@/lib/notifications/notify";
import { providerName } from "@/lib/sessions/sso-providers";
import { ssoRequirementFor } from "./company-requirement";
import type { ProviderIdentity } from "./identity";
import type { SsoRefusal } from "./refusals";

export type ProviderSignInOutcome =
  | { kind: "signed-in"; userId: string }
  | { kind: "linked"; userId: string }
  | { kind: "finish-sign-up" }
  | { kind: "refused"; reason: SsoRefusal; provider?: string };

type Options = { identity: ProviderIdentity; signedInUserId?: string | null; requestId?: string | null };

/**
 * The linking rules for a sign-in with an outside provider:
 * - signed in already (Settings → Sign-in methods): the provider account is linked to that user;
 * - a provider account linked before: that user, unless suspended or their company requires another provider;
 * - else a user with the same email, linked only when the provider verified the email: an unverified
 *   one is never merged, whoever it claims to be;
 * - else no account yet: the caller carries the identity to the finish-sign-up step (no account
 *   exists without a role), provided the provider verified the email.
 */
export async function resolveProviderSignIn({ identity, signedInUserId, requestId }: Options): Promise<ProviderSignInOutcome> {
  const { provider, providerAccountId } = identity;
  const existing = await db.linkedAccount.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
    select: { id: true, userId: true, user: { select: { suspendedAt: true } } },
  });

  if (signedInUserId) {
    if (existing)
      return existing.userId === signedInUserId ? { kind: "linked", userId: signedInUserId } : { kind: "refused", reason: "SsoLinkedToAnotherUser" };
    const linked = await link(signedInUserId, identity, { via: "settings", requestId });
    return linked ? { kind: "linked", userId: signedInUserId } : { kind: "refused", reason: "SsoOtherAccountLinked" };
  }

  if (existing) {
    const refusal = await refusalFor(existing.userId, existing.user.suspendedAt, provider);
    if (refusal) return refusal;
    await recordSignIn(existing.userId, identity, requestId);
    return { kind: "signed-in", userId: existing.userId };
  }

  if (!identity.email) return { kind: "refused", reason: "SsoNoEmail" };
  const user = await db.user.findUnique({ where: { email: identity.email }, select: { id: true, suspendedAt: true } });
  if (!user) return identity.isEmailVerified ? { kind: "finish-sign-up" } : { kind: "refused", reason: "SsoNoEmail" };
  if (!identity.isEmailVerified) return { kind: "refused", reason: "SsoEmailNotVerified" };
  const refusal = await refusalFor(user.id, user.suspendedAt, provider);
  if (refusal) return refusal;
  if (!(await link(user.id, identity, { via: "verified-email", requestId }))) return { kind: "refused", reason: "SsoOtherAccountLinked" };
  await recordSignIn(user.id, identity, requestId);
  return { kind: "signed-in", userId: user.id };
}

async function refusalFor(userId: string, suspendedAt: Date | null, provider: string): Promise<ProviderSignInOutcome | null> {
  if (suspendedAt) return { kind: "refused", reason: "SsoSuspended" };
  const requirement = await ssoRequirementFor(userId);
  if (requirement && requirement.provider !== provider) return { kind: "refused", reason: "SsoCompanyRequiresProvider", provider: requirement.provider };
  return null;
}

/** Links the provider account to the user; false when the user already has another account of that provider linked. */
async function link(userId: string, identity: ProviderIdentity, { via, requestId }: { via: string; requestId?: string | null }) {
  try {
    await db.$transaction(async (tx) => {
      const { provider, providerAccountId, email } = identity;
      await tx.linkedAccount.create({ data: { userId, provider, providerAccountId, email }, select: { id: true } });
      // Linked because the provider verified this very address: it is confirmed for us as well.
      if (via === "verified-email") await tx.user.updateMany({ where: { id: userId, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date() } });
      await recordAudit(tx, { actorId: userId, action: "sso.linked", targetType: "User", targetId: userId, data: { provider, via }, requestId });
      await notifyUsers(tx, [userId], {
        kind: "account.sign-in-linked",
        title: `${providerName(provider)} was linked to your Vetted account`,
        body:
          `You can now sign in with ${providerName(provider)}${email ? ` (${email})` : ""}. If that was not you, unlink it in ` +
          "Settings → Sign-in methods and change your password.",
        link: "/settings/sign-in-methods",
      });
    });
    return true;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return false;
    throw error;
  }
}

async function recordSignIn(userId: string, { provider, providerAccountId }: ProviderIdentity, requestId?: string | null) {
  const at = now();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { lastSignInAt: at }, select: { id: true } });
    await tx.linkedAccount.update({ where: { provider_providerAccountId: { provider, providerAccountId } }, data: { lastUsedAt: at }, select: { id: true } });
    await recordAudit(tx, { actorId: userId, action: "sso.signed-in", targetType: "User", targetId: userId, data: { provider }, requestId });
  });
}
