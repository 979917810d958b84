import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { now as clockNow } from "@/lib/clock";
import { db, type Transaction } from "@/lib/db";
import { enqueueJobs } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";
import { type Stripe, stripe } from "@/lib/stripe";
import { cardLabel } from "./saved-card";

// A card saved through Checkout in setup mode becomes the company's card. Its return page and its
// webhooks (checkout.session.completed, setup_intent.succeeded) all land here, in any order and any
// number of times: the SetupIntent is read back from Stripe (never taken from a body), the company
// is the one whose Customer it belongs to, and a SetupIntent older than the saved card's never
// replaces it. The new card becomes the Customer's default and the old one is detached.

/** The return page's and the webhook's entry: a completed setup session names its SetupIntent. */
export async function recordCardSetupSession(sessionId: string) {
  const session = await stripe().checkout.sessions.retrieve(sessionId);
  if (session.mode !== "setup" || session.status !== "complete" || !session.setup_intent) return null;
  return recordCardSetup(typeof session.setup_intent === "string" ? session.setup_intent : session.setup_intent.id);
}

export async function recordCardSetup(setupIntentId: string) {
  const intent = await stripe().setupIntents.retrieve(setupIntentId, { expand: ["payment_method"] });
  const method = intent.payment_method;
  const customerId = typeof intent.customer === "string" ? intent.customer : (intent.customer?.id ?? null);
  if (intent.status !== "succeeded" || !method || typeof method === "string" || !method.card || !customerId) return null;
  // Detached since (replaced by a newer card): nothing to record.
  if (method.customer !== customerId) return null;
  const company = await db.company.findUnique({ where: { stripeCustomerId: customerId }, select: { id: true, savedCard: { select: CURRENT_SELECT } } });
  if (!company) {
    logger.warn({ setupIntentId, customerId }, "a saved card belongs to no company of ours");
    return null;
  }
  const setupCreatedAt = new Date(intent.created * 1000);
  if (!isNewer(company.savedCard, method.id, setupCreatedAt)) return { companyId: company.id, isNew: false };
  await stripe().customers.update(customerId, { invoice_settings: { default_payment_method: method.id } });
  const replaced = await db.$transaction((tx) => saveCard(tx, { companyId: company.id, intent, method, card: method.card!, setupCreatedAt }));
  if (replaced === undefined) return { companyId: company.id, isNew: false };
  if (replaced) await detachQuietly(replaced);
  return { companyId: company.id, isNew: true };
}

const CURRENT_SELECT = { stripePaymentMethodId: true, setupCreatedAt: true } as const;
type Current = { stripePaymentMethodId: string; setupCreatedAt: Date } | null;

const isNewer = (current: Current, paymentMethodId: string, setupCreatedAt: Date) =>
  !current || (current.stripePaymentMethodId !== paymentMethodId && current.setupCreatedAt.getTime() <= setupCreatedAt.getTime());

type SaveInput = { companyId: string; intent: Stripe.SetupIntent; method: Stripe.PaymentMethod; card: Stripe.PaymentMethod.Card; setupCreatedAt: Date };

/** Undefined when another run saved it first; otherwise the payment method it replaced (or null). */
async function saveCard(tx: Transaction, { companyId, intent, method, card, setupCreatedAt }: SaveInput): Promise<string | null | undefined> {
  // Concurrent recorders of one company take turns here, so only one writes, audits and retries.
  await tx.$executeRaw(Prisma.sql`SELECT id FROM companies WHERE id = ${companyId} FOR UPDATE`);
  const current = await tx.savedCard.findUnique({ where: { companyId }, select: CURRENT_SELECT });
  if (!isNewer(current, method.id, setupCreatedAt)) return undefined;
  const userId = intent.metadata?.userId;
  const savedBy = userId ? await tx.companyMember.findFirst({ where: { companyId, userId }, select: { userId: true } }) : null;
  const columns = {
    stripePaymentMethodId: method.id,
    stripeSetupIntentId: intent.id,
    setupCreatedAt,
    brand: card.brand,
    last4: card.last4,
    expMonth: card.exp_month,
    expYear: card.exp_year,
    savedByUserId: savedBy?.userId ?? null,
    savedAt: clockNow(),
  };
  await tx.savedCard.upsert({ where: { companyId }, create: { companyId, ...columns }, update: columns });
  await recordAudit(tx, {
    actorId: savedBy?.userId ?? null,
    companyId,
    action: "billing.card-saved",
    targetType: "Company",
    targetId: companyId,
    data: { card: cardLabel(card), replaced: current !== null },
  });
  await retryFailedCharges(tx, companyId, method.id);
  return current?.stripePaymentMethodId ?? null;
}

/** Charges that were declined on the old card are tried on the new one at once. */
async function retryFailedCharges(tx: Transaction, companyId: string, paymentMethodId: string) {
  const now = clockNow();
  const waiting = await tx.milestone.findMany({
    where: { status: "PENDING", contract: { companyId }, payments: { some: { status: "FAILED", idempotencyKey: { startsWith: "charge:" } } } },
    select: { id: true },
  });
  if (!waiting.length) return;
  await tx.milestone.updateMany({ where: { id: { in: waiting.map((milestone) => milestone.id) } }, data: { nextChargeAt: now } });
  await enqueueJobs(
    tx,
    waiting.map((milestone) => ({
      kind: "payments.charge-saved-card" as const,
      payload: { milestoneId: milestone.id },
      runAt: now,
      dedupeKey: `charge:${milestone.id}:card:${paymentMethodId}`,
    })),
  );
}

async function detachQuietly(paymentMethodId: string) {
  try {
    await stripe().paymentMethods.detach(paymentMethodId);
  } catch (error) {
    // Already detached (a replay) or gone: the new card is saved either way.
    logger.info({ err: error, paymentMethodId }, "the replaced card could not be detached");
  }
}
