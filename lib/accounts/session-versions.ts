import type { Transaction } from "@/lib/db";

/** Every session issued so far stops working on its next request (lib/sessions/session-user.ts). Returns the new version. */
export async function bumpSessionVersion(tx: Transaction, userId: string) {
  const { sessionVersion } = await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
  return sessionVersion;
}
