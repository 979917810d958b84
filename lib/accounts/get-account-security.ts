import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/sessions/session-user";

export type AccountSecurity = { email: string; emailVerifiedAt: Date | null; pendingEmail: string | null };

/** The settings page's view of the address: confirmed or not, and a change waiting for its link. */
export async function getAccountSecurity(user: SessionUser, now = clockNow()): Promise<AccountSecurity> {
  const account = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: {
      email: true,
      emailVerifiedAt: true,
      accountTokens: { where: { purpose: "EMAIL_CHANGE", usedAt: null, expiresAt: { gt: now } }, select: { email: true }, take: 1 },
    },
  });
  return { email: account.email, emailVerifiedAt: account.emailVerifiedAt, pendingEmail: account.accountTokens[0]?.email ?? null };
}
