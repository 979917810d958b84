import type { db, Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const UNVERIFIED_EMAIL =
  "Confirm your email address first: open the link we emailed you, or send a new one from Settings → Account (/settings/account).";

/**
 * Hiring, funding, accepting work and being paid wait until the account's address is confirmed. Read
 * from the database, not the session: the check holds wherever the operation is called from.
 */
export async function requireVerifiedEmail(client: typeof db | Transaction, userId: string) {
  const user = await client.user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
  if (!user?.emailVerifiedAt) throw new AppError("FORBIDDEN", UNVERIFIED_EMAIL);
}
