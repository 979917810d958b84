import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { stripe } from "@/lib/stripe";
import { assertExpert } from "./assert-expert";
import { callStripe } from "./stripe-call";

const PAYOUTS_SHOWN = 20;

/** Payouts live on the connected account, so they are listed with its Stripe-Account header. */
export async function listStripePayouts({ user }: { user: SessionUser }) {
  assertExpert(user);
  const { stripeAccountId } = await db.expertProfile.findUniqueOrThrow({ where: { id: user.expertProfileId }, select: { stripeAccountId: true } });
  if (!stripeAccountId) return { payouts: [] };
  const list = await callStripe("list your payouts", () => stripe().payouts.list({ limit: PAYOUTS_SHOWN }, { stripeAccount: stripeAccountId }));
  return {
    payouts: list.data.map((payout) => ({
      id: payout.id,
      amountCents: payout.amount,
      currency: payout.currency.toUpperCase(),
      status: payout.status,
      createdAt: new Date(payout.created * 1000).toISOString(),
      arrivalDate: new Date(payout.arrival_date * 1000).toISOString(),
    })),
  };
}
