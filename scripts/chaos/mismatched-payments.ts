import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { startFunding } from "@/lib/milestones/start-funding";
import { refundPaymentUnderReview } from "@/lib/payments/refund-payment-under-review";
import { PAYMENT_UNDER_REVIEW } from "@/lib/payments/refund-reasons";
import { stripe } from "@/lib/stripe";

// The money path of a Checkout that does not match its payment: a session we did not create, naming
// one of our payments, paid for the wrong amount, in the wrong currency or for another milestone.
// Each must end held for review (or refunded by an admin), never funding anything.

type Pay = (checkoutUrl: string, card: string) => Promise<unknown>;
type Contract = { client: SessionUser; contractId: string; milestoneIds: string[] };

const SUCCEEDS = "4242424242424242";

/** Opens the client's own payment page (so a real Payment row exists), then pays a foreign session naming it. Returns that session's id. */
export async function payMismatchedSession(contract: Contract, milestoneId: string, random: () => number, pay: Pay) {
  const { paymentId } = await startFunding({ user: contract.client, milestoneId });
  const milestone = await db.milestone.findUniqueOrThrow({ where: { id: milestoneId }, select: { amountCents: true, currency: true } });
  const otherMilestoneId = contract.milestoneIds.find((id) => id !== milestoneId) ?? milestoneId;
  const roll = random();
  const wrong =
    roll < 0.5
      ? { amountCents: 100, currency: milestone.currency, milestoneId }
      : roll < 0.8
        ? { amountCents: milestone.amountCents, currency: milestone.currency === "EUR" ? "USD" : "EUR", milestoneId }
        : { amountCents: milestone.amountCents, currency: milestone.currency, milestoneId: otherMilestoneId };
  const metadata = { paymentId, milestoneId: wrong.milestoneId, contractId: contract.contractId };
  const session = await stripe().checkout.sessions.create({
    mode: "payment",
    line_items: [
      {
        quantity: 1,
        price_data: { currency: wrong.currency.toLowerCase(), unit_amount: wrong.amountCents, product_data: { name: "Chaos: not what Vetted asked for" } },
      },
    ],
    client_reference_id: paymentId,
    metadata,
    payment_intent_data: { metadata, ...(random() < 0.5 && { transfer_group: contract.contractId }) },
    success_url: "http://localhost/chaos",
  });
  await pay(session.url!, SUCCEEDS);
  return session.id;
}

/** An admin refunds one of the payments held for review, if one is waiting; sometimes one already refunded (a second click, a 409). */
export async function refundRandomReview(admin: SessionUser, random: () => number) {
  const isSecondClick = random() < 0.2;
  const waiting = await db.payment.findMany({
    where: { status: "NEEDS_REVIEW", refunds: isSecondClick ? { some: { reason: PAYMENT_UNDER_REVIEW } } : { none: { reason: PAYMENT_UNDER_REVIEW } } },
    select: { id: true },
  });
  if (!waiting.length) return;
  await refundPaymentUnderReview({ user: admin, paymentId: waiting[Math.floor(random() * waiting.length)].id, now: new Date() });
}

/** After the run: every mismatched session paid is a payment under review (held or refunded), and none funded anything. */
export async function checkMismatchedSessions(sessionIds: string[]) {
  const held = await db.payment.findMany({
    where: { stripeCheckoutSessionId: { in: sessionIds } },
    select: { stripeCheckoutSessionId: true, status: true, refunds: { where: { reason: PAYMENT_UNDER_REVIEW, status: "SUCCEEDED" }, select: { id: true } } },
  });
  const bySession = new Map(held.map((payment) => [payment.stripeCheckoutSessionId, payment]));
  const problems = sessionIds.flatMap((id) => {
    const payment = bySession.get(id);
    return payment?.status === "NEEDS_REVIEW" ? [] : [`mismatched session ${id} ended ${payment ? payment.status : "with no payment row"}, not NEEDS_REVIEW`];
  });
  const refunded = held.filter((payment) => payment.refunds.length > 0).length;
  return { paid: sessionIds.length, held: held.length - refunded, refunded, problems };
}
