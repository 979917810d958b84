import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { Stripe, stripe } from "@/lib/stripe";
import { callStripe } from "./stripe-call";

/**
 * Expires every payment page still open for a milestone (after a declined card, say), so it cannot be
 * paid afterwards; its attempt fails. A page paid in that very moment is a 409: the milestone is funded.
 */
export async function closeOpenCheckouts(milestoneId: string) {
  const open = await db.payment.findMany({
    where: { milestoneId, status: "PENDING", stripeCheckoutSessionId: { not: null } },
    select: { id: true, stripeCheckoutSessionId: true },
  });
  for (const payment of open) {
    const sessionId = payment.stripeCheckoutSessionId!;
    await callStripe("close the open payment page", () => stripe().checkout.sessions.expire(sessionId)).catch((error: unknown) => {
      // Already expired is fine; already paid means the milestone is funded now.
      if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) throw error;
    });
    const session = await callStripe("check the payment page", () => stripe().checkout.sessions.retrieve(sessionId));
    if (session.status === "complete") throw conflict("This milestone was just paid, so it is funded now; cancel it again to refund it.");
    await db.payment.updateMany({ where: { id: payment.id, status: "PENDING" }, data: { status: "FAILED", failureReason: "Cancelled before it was paid." } });
  }
}
