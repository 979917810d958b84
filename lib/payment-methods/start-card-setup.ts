import { requireVerifiedEmail } from "@/lib/accounts/require-verified-email";
import { appUrl } from "@/lib/app-url";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { SessionUser } from "@/lib/sessions/session-user";
import { stripe } from "@/lib/stripe";
import { assertCan } from "@/lib/teams/assert-can";
import { ensureStripeCustomer } from "./stripe-customer";

export const CARD_SAVED_PARAM = "card_saved";

/**
 * A Stripe Checkout page in setup mode: the card is checked and saved to the company's Customer, nothing
 * is charged. Its return page and its webhook both record the card (record-saved-card.ts).
 */
export async function startCardSetup({ user }: { user: SessionUser }) {
  assertCan(user, "viewBilling");
  const companyId = user.companyId ?? "";
  const isMember = await db.companyMember.count({ where: { companyId, userId: user.id } });
  if (!isMember) throw notFound("Company");
  await requireVerifiedEmail(db, user.id);
  try {
    const customer = await ensureStripeCustomer(companyId);
    const metadata = { companyId, userId: user.id };
    const session = await stripe().checkout.sessions.create({
      mode: "setup",
      customer,
      currency: "usd",
      client_reference_id: companyId,
      metadata,
      setup_intent_data: { metadata },
      success_url: appUrl(`/client/billing?${CARD_SAVED_PARAM}={CHECKOUT_SESSION_ID}`),
      cancel_url: appUrl("/client/billing"),
    });
    if (!session.url) throw new Error(`setup session ${session.id} has no url`);
    return { checkoutUrl: session.url };
  } catch (error) {
    logger.error({ err: error, companyId }, "could not start saving a card");
    throw new AppError("UNAVAILABLE", "The card page could not be opened. Nothing was saved or charged; try again in a minute.");
  }
}
