import { logger } from "@/lib/logger";
import { recordCardSetupSession } from "./record-saved-card";

const SESSION_ID = /^cs_[A-Za-z0-9_]{1,200}$/;

/**
 * The billing page's return from Stripe: records the session's card at once (the webhook does the same,
 * whichever comes first). What the card is comes from Stripe, never from the address; a malformed or
 * unknown session id, or Stripe being unreachable, leaves it to the webhook and shows the page as it is.
 */
export async function recordReturnedCardSetup(sessionId: string | string[] | undefined, companyId: string | null): Promise<boolean> {
  if (typeof sessionId !== "string" || !SESSION_ID.test(sessionId)) return false;
  try {
    return (await recordCardSetupSession(sessionId))?.companyId === companyId;
  } catch (error) {
    logger.warn({ err: error }, "the returned card setup could not be recorded; its webhook will");
    return false;
  }
}
