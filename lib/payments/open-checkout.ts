import { Prisma } from "@/generated/prisma/client";
import { appUrl } from "@/lib/app-url";
import { db } from "@/lib/db";
import { AppError, conflict } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { stripe } from "@/lib/stripe";
import { callStripe } from "./stripe-call";

type MilestoneToFund = { id: string; title: string; amountCents: number; currency: string; contract: { id: string; title: string } };

/**
 * A Stripe Checkout page for a milestone that is waiting for its payment (FUNDING); the charge stays on
 * the platform's balance, grouped by contract. A Payment row comes first, then the Stripe call with that
 * row's idempotency key: a double click or a retry after a crash returns the same Checkout session.
 */
export async function openCheckout(milestone: MilestoneToFund) {
  const { contract } = milestone;
  const reusable = await reusableCheckout(milestone.id);
  if (reusable) return reusable;

  const payment = await db.$transaction(async (tx) => {
    // Concurrent clicks take turns here, so the second one sees the first one's attempt.
    await tx.$executeRaw(Prisma.sql`SELECT id FROM milestones WHERE id = ${milestone.id} FOR UPDATE`);
    // An open attempt is used again with its key: one left without a session by a crash before the
    // Stripe call, or one a concurrent click is creating right now (Stripe answers both with one session).
    const open = await tx.payment.findFirst({
      where: { milestoneId: milestone.id, status: "PENDING", idempotencyKey: { startsWith: "fund:" } },
      select: { id: true, idempotencyKey: true },
    });
    if (open) return open;
    const idempotencyKey = `fund:${milestone.id}:${(await tx.payment.count({ where: { milestoneId: milestone.id } })) + 1}`;
    return tx.payment.create({
      data: { milestoneId: milestone.id, amountCents: milestone.amountCents, currency: milestone.currency, idempotencyKey },
      select: { id: true, idempotencyKey: true },
    });
  });

  const metadata = { paymentId: payment.id, milestoneId: milestone.id, contractId: contract.id };
  const contractPath = `/contracts/${contract.id}`;
  try {
    const session = await stripe().checkout.sessions.create(
      {
        mode: "payment",
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: milestone.currency.toLowerCase(),
              unit_amount: milestone.amountCents,
              product_data: { name: `${contract.title} — ${milestone.title}` },
            },
          },
        ],
        client_reference_id: payment.id,
        metadata,
        payment_intent_data: { transfer_group: contract.id, metadata },
        success_url: appUrl(`${contractPath}?funded=${milestone.id}`),
        cancel_url: appUrl(`${contractPath}?cancelled=${milestone.id}`),
      },
      { idempotencyKey: payment.idempotencyKey },
    );
    await db.payment.update({ where: { id: payment.id }, data: { stripeCheckoutSessionId: session.id } });
    if (!session.url) throw new Error(`checkout session ${session.id} has no url`);
    return { checkoutUrl: session.url, paymentId: payment.id };
  } catch (error) {
    logger.error({ err: error, milestoneId: milestone.id, paymentId: payment.id }, "could not start a Checkout session");
    throw new AppError("UNAVAILABLE", "The payment page could not be opened. Nothing was charged; try again in a minute.");
  }
}

/**
 * A Checkout session still open for this milestone is reused (a second click, another tab); one that
 * expired unpaid is closed, so a new attempt can start; a paid one waits for its webhook.
 */
async function reusableCheckout(milestoneId: string) {
  const open = await db.payment.findFirst({
    where: { milestoneId, status: "PENDING", stripeCheckoutSessionId: { not: null } },
    select: { id: true, stripeCheckoutSessionId: true },
  });
  if (!open?.stripeCheckoutSessionId) return null;
  const sessionId = open.stripeCheckoutSessionId;
  const session = await callStripe("open the payment page", () => stripe().checkout.sessions.retrieve(sessionId));
  if (session.status === "open" && session.url) return { checkoutUrl: session.url, paymentId: open.id };
  if (session.status === "complete") throw conflict("This milestone is paid; we are confirming the payment with Stripe.");
  await db.payment.updateMany({
    where: { id: open.id, status: "PENDING" },
    data: { status: "FAILED", failureReason: "The payment page expired before it was paid." },
  });
  return null;
}
