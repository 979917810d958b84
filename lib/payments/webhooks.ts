import type { Prisma } from "@/generated/prisma/client";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enqueueJobs } from "@/lib/jobs/queue";
import { recordCardSetup, recordCardSetupSession } from "@/lib/payment-methods/record-saved-card";
import { type Stripe, stripe, stripeWebhookSecret } from "@/lib/stripe";
import { syncPayoutAccount } from "./payout-status";
import { isOffSessionPayment, recordOffSessionIntent } from "./record-off-session-charge";
import { recordCheckoutCompleted, recordCheckoutExpired, recordPaymentFailed } from "./record-payment";
import { recordStripeDispute } from "./record-stripe-dispute";
import { settleMilestone } from "./settle-milestone";
import { settleTrialPayout } from "./settle-trial-payout";

// Webhooks are verified on the raw body, stored by Stripe's event id (a replay finds its row) and
// answered at once; the job queue processes them. Every handler is idempotent and order-tolerant: it
// changes state only through guarded transitions and re-reads Stripe where order would matter.

const MAX_WEBHOOK_BYTES = 512_000;

export async function receiveStripeWebhook({ rawBody, signature }: { rawBody: string; signature: string | null }) {
  if (!signature) throw new AppError("BAD_REQUEST", "Missing the Stripe-Signature header.");
  if (rawBody.length > MAX_WEBHOOK_BYTES) throw new AppError("BAD_REQUEST", "The webhook body is too large.");
  let event: Stripe.Event;
  try {
    event = stripe().webhooks.constructEvent(rawBody, signature, stripeWebhookSecret());
  } catch {
    throw new AppError("BAD_REQUEST", "The Stripe signature does not match this body, or it is too old.");
  }
  const isNew = await db.$transaction(async (tx) => {
    const created = await tx.stripeEvent.createMany({
      data: [{ id: event.id, type: event.type, payload: event as unknown as Prisma.InputJsonValue }],
      skipDuplicates: true,
    });
    if (created.count)
      await enqueueJobs(tx, [{ kind: "stripe.process-event", payload: { eventId: event.id }, runAt: now(), dedupeKey: `stripe-event:${event.id}` }]);
    return created.count > 0;
  });
  return { received: true, isDuplicate: !isNew };
}

export async function processStripeEvent(eventId: string) {
  const stored = await db.stripeEvent.findUnique({ where: { id: eventId }, select: { payload: true, processedAt: true } });
  if (!stored || stored.processedAt) return;
  const event = stored.payload as unknown as Stripe.Event;
  try {
    await handleEvent(event);
    await db.stripeEvent.update({ where: { id: eventId }, data: { processedAt: now(), error: null } });
  } catch (error) {
    await db.stripeEvent.update({ where: { id: eventId }, data: { error: error instanceof Error ? error.message.slice(0, 2000) : String(error) } });
    throw error;
  }
}

async function handleEvent(event: Stripe.Event) {
  switch (event.type) {
    case "checkout.session.completed":
      if (event.data.object.mode === "setup") return void (await recordCardSetupSession(event.data.object.id));
      return recordCheckoutCompleted(event.data.object);
    case "checkout.session.async_payment_succeeded":
      return recordCheckoutCompleted(event.data.object);
    case "setup_intent.succeeded":
      return void (await recordCardSetup(event.data.object.id));
    case "payment_intent.succeeded":
      if (await isOffSessionPayment(event.data.object.metadata?.paymentId)) return recordOffSessionIntent(event.data.object.id, now());
      return;
    case "checkout.session.expired":
      return recordCheckoutExpired(event.data.object);
    case "payment_intent.payment_failed":
      if (await isOffSessionPayment(event.data.object.metadata?.paymentId)) return recordOffSessionIntent(event.data.object.id, now());
      return recordPaymentFailed(event.data.object);
    case "account.updated":
      return syncPayoutAccount(event.data.object.id);
    case "charge.dispute.created":
      return recordStripeDispute(event.data.object);
    case "transfer.created":
    case "refund.created":
      return settleFromMetadata(event.data.object.metadata);
    default:
      return;
  }
}

/** A safety net for a crash between Stripe's answer and our write: the event names the milestone. */
async function settleFromMetadata(metadata: Stripe.Metadata | null) {
  if (metadata?.trialPayoutId && metadata.contractId) {
    await settleTrialPayout(metadata.contractId);
    return;
  }
  const milestoneId = metadata?.milestoneId;
  if (milestoneId && (await db.milestone.findUnique({ where: { id: milestoneId }, select: { id: true } }))) await settleMilestone(milestoneId);
}
