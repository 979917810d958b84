import type { AccountTokenPurpose } from "@/generated/prisma/enums";
import { checkAccountToken, isWellFormedToken, type TokenCheck } from "@/lib/account-links/account-tokens";
import { db } from "@/lib/db";
import { ACCOUNT_LINK_FAILURES, assertUnderLimit, recordHit } from "@/lib/rate-limit";

const TOO_MANY_BAD_LINKS = "Too many links that do not work were tried from your network. Try again in {minutes}.";

/**
 * Whether an emailed link works now, without using it. A network that keeps trying tokens nobody was
 * sent is refused (RATE_LIMITED) for a while, even with a right one: tokens cannot be guessed at speed.
 * Only a well-formed unknown token counts as a guess: an expired or used link is its owner's, and a
 * page opened without a token (or a mangled one) guesses nothing.
 */
export async function checkLink(token: string, purpose: AccountTokenPurpose, origin: { ip: string }, now: Date): Promise<TokenCheck> {
  await assertUnderLimit(ACCOUNT_LINK_FAILURES, origin.ip, TOO_MANY_BAD_LINKS, now);
  const check = await checkAccountToken(db, token, purpose, now);
  if (!check.ok && check.problem === "invalid" && isWellFormedToken(token)) await recordHit(ACCOUNT_LINK_FAILURES, origin.ip);
  return check;
}
