import type { AccountTokenPurpose } from "@/generated/prisma/enums";
import { checkAccountToken, type TokenCheck } from "@/lib/account-links/account-tokens";
import { db } from "@/lib/db";
import { ACCOUNT_LINK_FAILURES, assertUnderLimit, recordHit } from "@/lib/rate-limit";

const TOO_MANY_BAD_LINKS = "Too many links that do not work were tried from your network. Try again in {minutes}.";

/**
 * Whether an emailed link works now, without using it. A network that keeps trying links that do not
 * work is refused (RATE_LIMITED) for a while, even with a right one: tokens cannot be guessed at speed.
 */
export async function checkLink(token: string, purpose: AccountTokenPurpose, origin: { ip: string }, now: Date): Promise<TokenCheck> {
  await assertUnderLimit(ACCOUNT_LINK_FAILURES, origin.ip, TOO_MANY_BAD_LINKS, now);
  const check = await checkAccountToken(db, token, purpose, now);
  if (!check.ok) await recordHit(ACCOUNT_LINK_FAILURES, origin.ip);
  return check;
}
