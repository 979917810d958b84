import { now as clockNow } from "@/lib/clock";
import { db, type Transaction } from "@/lib/db";
import { enqueueJobs } from "@/lib/jobs/queue";
import { Stripe, stripe } from "@/lib/stripe";
import { recordDeclinedCharge, recordOffSessionCharge } from "./record-off-session-charge";

export { isContractPausedForFailedCharges } from "./failed-charges";

// Charging a PENDING milestone (an hourly week, a bonus, any kind) to its company's saved card, while
// nobody is at the keyboard. The caller queues the job in the transaction that creates the need; the
// job makes one guarded PENDING → FUNDING change that writes the Payment row (key
// charge:<milestoneId>:<attempt>), then calls Stripe with that key. A crash anywhere after that is
// finished by the job's next run (the same key replays Stripe's answer) or by the webhook.

export async function queueSavedCardCharge(tx: Transaction, { milestoneId }: { milestoneId: string }, runAt: Date = clockNow()) {
  await enqueueJobs(tx, [{ kind: "payments.charge-saved-card", payload: { milestoneId }, runAt, dedupeKey: `charge:${milestoneId}` }]);
}

type Attempt = {
  id: string;
  idempotencyKey: string;
  amountCents: number;
  currency: string;
  stripePaymentMethodId: string | null;
  milestone: { id: string; title: string; contract: { id: string; title: string; company: { stripeCustomerId: string | null } } };
};

const ATTEMPT_SELECT = {
  id: true,
  idempotencyKey: true,
  amountCents: true,
  currency: true,
  stripePaymentMethodId: true,
  milestone: { select: { id: true, title: true, contract: { select: { id: true, title: true, company: { select: { stripeCustomerId: true } } } } } },
} as const;

export const NO_SAVED_CARD = "No card is saved for charges. Save one on the billing page.";

/** The job's work. Returns what happened, for tests and logs. */
export async function chargeSavedCard({ milestoneId, now = clockNow() }: { milestoneId: string; now?: Date }) {
  const attempt = await openAttempt(milestoneId);
  if (!attempt) return "nothing-to-charge" as const;
  if (!attempt.stripePaymentMethodId || !attempt.milestone.contract.company.stripeCustomerId) {
    await recordDeclinedCharge(attempt.id, { reason: NO_SAVED_CARD, paymentIntentId: null }, now);
    return "declined" as const;
  }
  const answer = await createIntent(attempt, attempt.milestone.contract.company.stripeCustomerId, attempt.stripePaymentMethodId);
  if (answer.kind === "declined") {
    await recordDeclinedCharge(attempt.id, { reason: answer.reason, paymentIntentId: answer.paymentIntentId }, now);
    return "declined" as const;
  }
  await recordOffSessionCharge(answer.paymentIntentId, now);
  return "charged" as const;
}

/**
 * The attempt to make: a new one for a PENDING milestone, or the open one a crash interrupted. A
 * milestone in Checkout (FUNDING without an open charge) or past funding has nothing to charge.
 */
async function openAttempt(milestoneId: string): Promise<Attempt | null> {
  const milestone = await db.milestone.findUnique({
    where: { id: milestoneId },
    select: { status: true, amountCents: true, currency: true, contract: { select: { companyId: true } } },
  });
  if (milestone?.status === "FUNDING") {
    return db.payment.findFirst({
      where: { milestoneId, status: "PENDING", idempotencyKey: { startsWith: `charge:${milestoneId}:` } },
      select: ATTEMPT_SELECT,
    });
  }
  if (milestone?.status !== "PENDING") return null;
  const card = await db.savedCard.findUnique({ where: { companyId: milestone.contract.companyId }, select: { stripePaymentMethodId: true } });
  return db.$transaction(async (tx) => {
    const { count } = await tx.milestone.updateMany({
      where: { id: milestoneId, status: "PENDING" },
      data: { status: "FUNDING", fundingFailureReason: null, nextChargeAt: null },
    });
    if (!count) return null;
    const attempts = await tx.payment.count({ where: { milestoneId, idempotencyKey: { startsWith: `charge:${milestoneId}:` } } });
    return tx.payment.create({
      data: {
        milestoneId,
        amountCents: milestone.amountCents,
        currency: milestone.currency,
        idempotencyKey: `charge:${milestoneId}:${attempts + 1}`,
        stripePaymentMethodId: card?.stripePaymentMethodId ?? null,
      },
      select: ATTEMPT_SELECT,
    });
  });
}

type StripeAnswer = { kind: "succeeded"; paymentIntentId: string } | { kind: "declined"; reason: string; paymentIntentId: string | null };

async function createIntent(attempt: Attempt, customer: string, paymentMethod: string): Promise<StripeAnswer> {
  const { milestone } = attempt;
  try {
    const intent = await stripe().paymentIntents.create(
      {
        amount: attempt.amountCents,
        currency: attempt.currency.toLowerCase(),
        customer,
        payment_method: paymentMethod,
        off_session: true,
        confirm: true,
        transfer_group: milestone.contract.id,
        description: `${milestone.contract.title} — ${milestone.title}`,
        metadata: { paymentId: attempt.id, milestoneId: milestone.id, contractId: milestone.contract.id },
      },
      { idempotencyKey: attempt.idempotencyKey },
    );
    if (intent.status !== "succeeded") throw new Error(`payment intent ${intent.id} is ${intent.status}; the charge is checked again`);
    return { kind: "succeeded", paymentIntentId: intent.id };
  } catch (error) {
    if (error instanceof Stripe.errors.StripeCardError) {
      return { kind: "declined", reason: error.message, paymentIntentId: error.payment_intent?.id ?? null };
    }
    // Stripe refused the request itself (the card was removed, the customer changed): this attempt is over.
    if (error instanceof Stripe.errors.StripeInvalidRequestError) {
      return { kind: "declined", reason: `The saved card could not be charged: ${error.message}`, paymentIntentId: null };
    }
    throw error; // Stripe unreachable: the job runs again with the same key.
  }
}
