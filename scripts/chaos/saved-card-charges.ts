import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { recordCardSetupSession } from "@/lib/payment-methods/record-saved-card";
import { startCardSetup } from "@/lib/payment-methods/start-card-setup";
import { chargeSavedCard, queueSavedCardCharge } from "@/lib/payments/charge-saved-card";
import { stripe } from "@/lib/stripe";

// Off-session charges in `npm run chaos:payments`: each company saves a card (some that decline every
// charge), milestones are charged to it twice at once while the webhooks are duplicated and reordered,
// and cards are replaced mid-run (which retries the declined charges at once).

export const GOOD_CARD = "4242424242424242";
export const DECLINING_CARD = "4000000000000341";

type Control = (path: string, body?: unknown) => Promise<unknown>;

/** Saves a card as the billing page does: Checkout in setup mode, paid on the stand-in, recorded on return. */
export async function saveChaosCard(control: Control, client: SessionUser, card: string) {
  const { checkoutUrl } = await startCardSetup({ user: client });
  const sessionId = checkoutUrl.split("/").at(-1)!;
  await control(`checkout/${sessionId}/pay`, { card, expiry: "12/34" });
  await recordCardSetupSession(sessionId);
}

/** A queued charge and two workers taking it at once: at most one PaymentIntent may come of it. */
export async function chargeTwiceAtOnce(milestoneId: string) {
  await db.$transaction((tx) => queueSavedCardCharge(tx, { milestoneId }));
  await Promise.all([chargeSavedCard({ milestoneId }), chargeSavedCard({ milestoneId })]);
}

/** After the run: no decline left a milestone FUNDING, and Stripe made one PaymentIntent per attempt, succeeded at most once per milestone unless refunded. */
export async function checkSavedCardCharges() {
  const problems: string[] = [];
  const attempts = await db.payment.findMany({
    where: { idempotencyKey: { startsWith: "charge:" } },
    select: {
      id: true,
      status: true,
      milestoneId: true,
      stripePaymentIntentId: true,
      milestone: { select: { status: true } },
      refunds: { select: { id: true } },
    },
  });
  const succeededByMilestone = new Map<string, number>();
  for (const attempt of attempts) {
    if (attempt.status === "FAILED" && attempt.milestone.status === "FUNDING") {
      const open = await db.payment.count({ where: { milestoneId: attempt.milestoneId, status: "PENDING" } });
      if (!open) problems.push(`milestone ${attempt.milestoneId} is FUNDING after its charge ${attempt.id} was declined`);
    }
    if (attempt.status === "SUCCEEDED" && !attempt.refunds.length) {
      succeededByMilestone.set(attempt.milestoneId, (succeededByMilestone.get(attempt.milestoneId) ?? 0) + 1);
    }
    if (attempt.stripePaymentIntentId) {
      const intent = await stripe().paymentIntents.retrieve(attempt.stripePaymentIntentId);
      if (intent.metadata?.paymentId !== attempt.id)
        problems.push(`payment intent ${intent.id} names payment ${intent.metadata?.paymentId}, not ${attempt.id}`);
      if ((intent.status === "succeeded") !== (attempt.status === "SUCCEEDED" || attempt.status === "NEEDS_REVIEW")) {
        problems.push(`charge ${attempt.id} is ${attempt.status} but its payment intent ${intent.id} is ${intent.status}`);
      }
    }
  }
  for (const [milestoneId, count] of succeededByMilestone) if (count > 1) problems.push(`milestone ${milestoneId} was charged ${count} times and kept`);
  return {
    attempts: attempts.length,
    succeeded: attempts.filter((attempt) => attempt.status === "SUCCEEDED").length,
    declined: attempts.filter((attempt) => attempt.status === "FAILED").length,
    problems,
  };
}
