import { db } from "@/lib/db";

export type TwoFactorStatus = { isEnabled: boolean; enabledAt: Date | null; recoveryCodesLeft: number };

export async function getTwoFactorStatus(userId: string): Promise<TwoFactorStatus> {
  const [credential, recoveryCodesLeft] = await Promise.all([
    db.twoFactorCredential.findUnique({ where: { userId }, select: { confirmedAt: true } }),
    db.twoFactorRecoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  const enabledAt = credential?.confirmedAt ?? null;
  return { isEnabled: enabledAt !== null, enabledAt, recoveryCodesLeft: enabledAt ? recoveryCodesLeft : 0 };
}
