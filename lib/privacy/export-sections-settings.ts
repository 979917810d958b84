import { db } from "@/lib/db";

// The export's section about how the account is secured and reached: never a secret (no token, no
// authenticator key, no recovery code), only what the settings pages show.

export async function securityAndSettingsSection(userId: string) {
  const [user, twoFactor, recoveryCodes, apiTokens, notificationPreferences, digest, invitationsSent] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { emailVerifiedAt: true, hasPassword: true } }),
    db.twoFactorCredential.findUnique({ where: { userId }, select: { confirmedAt: true, createdAt: true } }),
    db.twoFactorRecoveryCode.groupBy({ by: ["userId"], where: { userId }, _count: { _all: true, usedAt: true } }),
    db.apiToken.findMany({
      where: { userId },
      select: { name: true, prefix: true, scopes: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.notificationPreference.findMany({ where: { userId }, select: { kind: true, isEmailEnabled: true, isDigestEnabled: true, updatedAt: true } }),
    db.emailDigest.findUnique({ where: { userId }, select: { timezone: true } }),
    db.teamInvitation.findMany({
      where: { invitedById: userId },
      select: { email: true, role: true, createdAt: true, expiresAt: true, acceptedAt: true, revokedAt: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const [codes] = recoveryCodes;
  return {
    emailConfirmedAt: user.emailVerifiedAt,
    hasPassword: user.hasPassword,
    twoFactor: twoFactor?.confirmedAt
      ? { enabledAt: twoFactor.confirmedAt, recoveryCodesLeft: codes ? codes._count._all - codes._count.usedAt : 0 }
      : { enabledAt: null },
    apiTokens,
    notificationPreferences,
    messageDigestTimezone: digest?.timezone ?? null,
    teamInvitationsSent: invitationsSent,
  };
}
