import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { Stripe, stripe } from "@/lib/stripe";

// `npm run ledger:check`: every money invariant over the database, then our totals against what
// Stripe reports. Returns the problems found; none means every cent is where the books say.
// Payments held for review (NEEDS_REVIEW) took money that was never booked as funding: each must match
// its charge in Stripe, and is reported apart, as held for review, until an admin refunds it.
// A transfer or refund made at Stripe whose row is still PENDING is in flight: its settle job books it
// next. It is reported apart while young, and as a difference once the settle job should long have run.
// Trial payouts are transfers from the platform's own balance (no source charge): booked as platform
// expense against the contract's expert payable, outside escrow, and matched at Stripe like any transfer.

export type HeldForReview = { currency: string; payments: number; receivedCents: number; refundedCents: number; heldCents: number };

export type LedgerReport = {
  totals: {
    currency: string;
    fundedCents: number;
    heldCents: number;
    releasedCents: number;
    feesCents: number;
    refundedCents: number;
    trialPayoutsCents: number;
  }[];
  heldForReview: HeldForReview[];
  stripe: {
    chargesCents: number;
    refundsCents: number;
    transfersCents: number;
    ours: { paymentsCents: number; underReviewCents: number; refundsCents: number; transfersCents: number };
  };
  /** Money movements made at Stripe and not yet booked by their settle job, in words. */
  inFlight: string[];
  problems: string[];
};

/** How long a settle job may take to book what Stripe already did before the check calls it a difference. */
export const SETTLE_GRACE_MS = 15 * 60_000;

/** Refunds of money held for review: they give back what escrow never held. */
const REVIEW_REFUND = Prisma.sql`r."paymentId" IN (SELECT id FROM payments WHERE status = 'NEEDS_REVIEW')`;

type Scope = { contractIds?: string[] };

const inScope = (scope: Scope, column: Prisma.Sql) =>
  scope.contractIds ? Prisma.sql`AND ${column} IN (${Prisma.join(scope.contractIds.length ? scope.contractIds : ["-"])})` : Prisma.empty;

export async function checkLedger(scope: Scope = {}, now = new Date()): Promise<LedgerReport> {
  const problems: string[] = [];
  const unbalanced = await db.$queryRaw<{ idempotencyKey: string; total: bigint }[]>(Prisma.sql`
    SELECT t."idempotencyKey", sum(e."amountCents") AS total FROM ledger_transactions t JOIN ledger_entries e ON e."transactionId" = t.id
    WHERE true ${inScope(scope, Prisma.sql`t."contractId"`)} GROUP BY t.id HAVING sum(e."amountCents") <> 0`);
  for (const row of unbalanced) problems.push(`transaction ${row.idempotencyKey} is unbalanced by ${row.total}`);

  const byContract = await db.$queryRaw<
    {
      contractId: string;
      currency: string;
      funded: bigint;
      escrow: bigint;
      payable: bigint;
      fees: bigint;
      refunded: bigint;
      expense: bigint;
      paidTrial: bigint;
      held: bigint;
    }[]
  >(Prisma.sql`
    SELECT c.id AS "contractId", c.currency,
      coalesce(-sum(e."amountCents") FILTER (WHERE a.type = 'CLIENT_FUNDING'), 0) AS funded,
      coalesce(sum(e."amountCents") FILTER (WHERE a.type = 'ESCROW'), 0) AS escrow,
      coalesce(sum(e."amountCents") FILTER (WHERE a.type = 'EXPERT_PAYABLE'), 0) AS payable,
      coalesce(sum(e."amountCents") FILTER (WHERE a.type = 'PLATFORM_REVENUE'), 0) AS fees,
      coalesce(sum(e."amountCents") FILTER (WHERE a.type = 'CLIENT_REFUNDS'), 0) AS refunded,
      coalesce(-sum(e."amountCents") FILTER (WHERE a.type = 'PLATFORM_EXPENSE'), 0) AS expense,
      (SELECT coalesce(sum(tp."amountCents"), 0) FROM trial_payouts tp WHERE tp."contractId" = c.id AND tp.status = 'PAID') AS "paidTrial",
      (SELECT coalesce(sum(p."amountCents"), 0) FROM payments p JOIN milestones m ON m.id = p."milestoneId" WHERE m."contractId" = c.id AND p.status = 'SUCCEEDED')
        - (SELECT coalesce(sum(t."amountCents" + t."feeCents"), 0) FROM transfers t JOIN milestones m ON m.id = t."milestoneId" WHERE m."contractId" = c.id AND t.status = 'PAID')
        - (SELECT coalesce(sum(r."amountCents"), 0) FROM refunds r JOIN milestones m ON m.id = r."milestoneId" WHERE m."contractId" = c.id AND r.status = 'SUCCEEDED' AND NOT ${REVIEW_REFUND}) AS held
    FROM contracts c
    LEFT JOIN ledger_transactions t ON t."contractId" = c.id
    LEFT JOIN ledger_entries e ON e."transactionId" = t.id
    LEFT JOIN ledger_accounts a ON a.id = e."accountId"
    WHERE true ${inScope(scope, Prisma.sql`c.id`)}
    GROUP BY c.id`);
  const totals = new Map<string, LedgerReport["totals"][number]>();
  for (const row of byContract) {
    const [funded, escrow, payable, fees, refunded, expense, paidTrial, held] = [
      row.funded,
      row.escrow,
      row.payable,
      row.fees,
      row.refunded,
      row.expense,
      row.paidTrial,
      row.held,
    ].map(Number);
    // What reached the expert out of escrow: the expert payable less what the platform paid itself.
    const releasedToExpert = payable - expense;
    if (escrow < 0) problems.push(`contract ${row.contractId}: escrow is negative (${escrow})`);
    if (escrow !== funded - releasedToExpert - fees - refunded)
      problems.push(`contract ${row.contractId}: escrow ${escrow} ≠ funded ${funded} − released ${releasedToExpert + fees} − refunded ${refunded}`);
    if (expense !== paidTrial) problems.push(`contract ${row.contractId}: platform expense ${expense} ≠ ${paidTrial} paid as trial payouts`);
    if (escrow !== held) problems.push(`contract ${row.contractId}: escrow ${escrow} ≠ ${held} held by its payments, transfers and refunds`);
    const total = totals.get(row.currency) ?? {
      currency: row.currency,
      fundedCents: 0,
      heldCents: 0,
      releasedCents: 0,
      feesCents: 0,
      refundedCents: 0,
      trialPayoutsCents: 0,
    };
    total.fundedCents += funded;
    total.heldCents += escrow;
    total.releasedCents += releasedToExpert + fees;
    total.trialPayoutsCents += expense;
    total.feesCents += fees;
    total.refundedCents += refunded;
    totals.set(row.currency, total);
  }
  problems.push(...(await milestoneProblems(scope)));
  const inFlight: string[] = [];
  const { heldForReview, ...stripeSide } = await compareWithStripe(scope, { problems, inFlight, now });
  return { totals: [...totals.values()], heldForReview, stripe: stripeSide, inFlight, problems };
}

/**
 * A settled milestone's money adds up: what was released plus what was refunded is what was funded.
 * And any milestone's released-so-far (partial releases included) is what its transfers carry.
 */
async function milestoneProblems(scope: Scope) {
  const releasedRows = await db.$queryRaw<{ id: string; releasedCents: number; transferred: bigint }[]>(Prisma.sql`
    SELECT m.id, m."releasedCents",
      (SELECT coalesce(sum(t."amountCents" + t."feeCents"), 0) FROM transfers t WHERE t."milestoneId" = m.id AND t.status IN ('PENDING', 'PAID')) AS transferred
    FROM milestones m WHERE (m."releasedCents" > 0 OR EXISTS (SELECT 1 FROM transfers t WHERE t."milestoneId" = m.id)) ${inScope(scope, Prisma.sql`m."contractId"`)}`);
  const releasedProblems = releasedRows
    .filter((row) => Number(row.transferred) !== row.releasedCents)
    .map((row) => `milestone ${row.id}: released so far ${row.releasedCents} ≠ its transfers ${row.transferred}`);
  const rows = await db.$queryRaw<{ id: string; status: string; amountCents: number; released: bigint; refunded: bigint; pending: bigint }[]>(Prisma.sql`
    SELECT m.id, m.status::text AS status, m."amountCents",
      (SELECT coalesce(sum(t."amountCents" + t."feeCents"), 0) FROM transfers t WHERE t."milestoneId" = m.id AND t.status = 'PAID') AS released,
      (SELECT coalesce(sum(r."amountCents"), 0) FROM refunds r WHERE r."milestoneId" = m.id AND r.status = 'SUCCEEDED' AND coalesce(r.reason, '') <> 'duplicate payment' AND NOT ${REVIEW_REFUND}) AS refunded,
      (SELECT count(*) FROM transfers t WHERE t."milestoneId" = m.id AND t.status = 'PENDING') + (SELECT count(*) FROM refunds r WHERE r."milestoneId" = m.id AND r.status = 'PENDING') AS pending
    FROM milestones m WHERE m.status IN ('RELEASED', 'REFUNDED') ${inScope(scope, Prisma.sql`m."contractId"`)}`);
  return [
    ...releasedProblems,
    ...rows
      .filter((row) => Number(row.pending) === 0 && Number(row.released) + Number(row.refunded) !== row.amountCents)
      .map((row) => `milestone ${row.id} (${row.status}): released ${row.released} + refunded ${row.refunded} ≠ its ${row.amountCents}`),
  ];
}

type Findings = { problems: string[]; inFlight: string[]; now: Date };
type PendingRow = { id: string; amountCents: number; createdAt: Date };

async function compareWithStripe(scope: Scope, { problems, inFlight, now }: Findings) {
  const inScopeMilestone = scope.contractIds && { milestone: { contractId: { in: scope.contractIds } } };
  const inScopeContract = scope.contractIds && { contractId: { in: scope.contractIds } };
  const pendingSelect = { id: true, amountCents: true, createdAt: true } as const;
  const [payments, underReview, transfers, refunds, pendingTransfers, pendingRefunds, trialPayouts, pendingTrialPayouts] = await Promise.all([
    db.payment.findMany({ where: { status: "SUCCEEDED", ...inScopeMilestone }, select: { stripeChargeId: true, amountCents: true } }),
    db.payment.findMany({
      where: { status: "NEEDS_REVIEW", ...inScopeMilestone },
      select: {
        id: true,
        stripeChargeId: true,
        amountCents: true,
        currency: true,
        receivedAmountCents: true,
        receivedCurrency: true,
        refunds: { where: { status: "SUCCEEDED" }, select: { amountCents: true } },
      },
    }),
    db.transfer.findMany({ where: { status: "PAID", ...inScopeMilestone }, select: { stripeTransferId: true, amountCents: true } }),
    db.refund.findMany({ where: { status: "SUCCEEDED", ...inScopeMilestone }, select: { stripeRefundId: true, amountCents: true } }),
    db.transfer.findMany({ where: { status: "PENDING", ...inScopeMilestone }, select: pendingSelect }),
    db.refund.findMany({ where: { status: "PENDING", ...inScopeMilestone }, select: pendingSelect }),
    db.trialPayout.findMany({ where: { status: "PAID", ...inScopeContract }, select: { stripeTransferId: true, amountCents: true } }),
    db.trialPayout.findMany({ where: { status: "PENDING", ...inScopeContract }, select: pendingSelect }),
  ]);
  const groups = scope.contractIds ?? [null];
  const listed = (await Promise.all(groups.map((group) => listAll(stripe().charges.list({ limit: 100, ...(group && { transfer_group: group }) }))))).flat();
  // A charge held for review may carry any transfer group, or none: it is looked up by its id.
  const listedIds = new Set(listed.map((charge) => charge.id));
  const reviewChargeIds = underReview.flatMap((payment) => (payment.stripeChargeId && !listedIds.has(payment.stripeChargeId) ? [payment.stripeChargeId] : []));
  const charges = [...listed, ...(await Promise.all(reviewChargeIds.map(retrieveCharge))).flatMap((charge) => (charge ? [charge] : []))];
  const review = underReview.map((payment) => ({
    paymentId: payment.id,
    id: payment.stripeChargeId,
    currency: payment.receivedCurrency ?? payment.currency,
    amountCents: payment.receivedAmountCents ?? payment.amountCents,
    refundedCents: payment.refunds.reduce((total, refund) => total + refund.amountCents, 0),
  }));
  for (const payment of review) {
    if (payment.refundedCents > payment.amountCents)
      problems.push(`payment ${payment.paymentId} under review: refunded ${payment.refundedCents} of the ${payment.amountCents} received`);
  }
  const stripeTransfers = (
    await Promise.all(groups.map((group) => listAll(stripe().transfers.list({ limit: 100, ...(group && { transfer_group: group }) }))))
  ).flat();
  const chargeIds = new Set(charges.filter((charge) => charge.paid).map((charge) => charge.id));
  const stripeRefunds = (await listAll(stripe().refunds.list({ limit: 100 }))).filter(
    (refund) => typeof refund.charge === "string" && chargeIds.has(refund.charge),
  );

  type Theirs = { id: string; amount: number; ourRowId?: string };
  const compare = (what: string, ours: { id: string | null; amountCents: number }[], theirs: Theirs[], pending: PendingRow[] = []) => {
    const theirById = new Map(theirs.map((item) => [item.id, item.amount]));
    const ourIds = new Set(ours.map((item) => item.id));
    const pendingById = new Map(pending.map((row) => [row.id, row]));
    for (const item of ours) {
      if (!item.id || theirById.get(item.id) !== item.amountCents)
        problems.push(`${what} ${item.id ?? "(no Stripe id)"}: ours ${item.amountCents}, Stripe ${item.id ? theirById.get(item.id) : "none"}`);
    }
    for (const item of theirs) {
      if (ourIds.has(item.id)) continue;
      const row = item.ourRowId ? pendingById.get(item.ourRowId) : undefined;
      if (!row || row.amountCents !== item.amount) {
        problems.push(`Stripe ${what} ${item.id} (${item.amount}) is not in our books`);
      } else if (now.getTime() - row.createdAt.getTime() > SETTLE_GRACE_MS) {
        problems.push(`Stripe ${what} ${item.id} (${item.amount}) was made for our ${what} ${row.id} but is still not booked: its settle job has not finished`);
      } else {
        inFlight.push(`${what} ${item.id} (${item.amount}) made at Stripe, being booked by its settle job`);
      }
    }
  };
  compare(
    "charge",
    [...payments.map((payment) => ({ id: payment.stripeChargeId, amountCents: payment.amountCents })), ...review],
    charges.filter((charge) => charge.paid).map((charge) => ({ id: charge.id, amount: charge.amount })),
  );
  compare(
    "transfer",
    [...transfers, ...trialPayouts].map((transfer) => ({ id: transfer.stripeTransferId, amountCents: transfer.amountCents })),
    stripeTransfers.map((transfer) => ({ id: transfer.id, amount: transfer.amount - transfer.amount_reversed, ourRowId: transfer.metadata?.transferId })),
    [...pendingTransfers, ...pendingTrialPayouts],
  );
  compare(
    "refund",
    refunds.map((refund) => ({ id: refund.stripeRefundId, amountCents: refund.amountCents })),
    stripeRefunds.map((refund) => ({ id: refund.id, amount: refund.amount, ourRowId: refund.metadata?.refundId })),
    pendingRefunds,
  );
  const sum = (items: { amount: number }[]) => items.reduce((total, item) => total + item.amount, 0);
  const ourSum = (items: { amountCents: number }[]) => items.reduce((total, item) => total + item.amountCents, 0);
  return {
    chargesCents: sum(charges.filter((charge) => charge.paid)),
    refundsCents: sum(stripeRefunds),
    transfersCents: sum(stripeTransfers.map((transfer) => ({ amount: transfer.amount - transfer.amount_reversed }))),
    ours: {
      paymentsCents: ourSum(payments),
      underReviewCents: ourSum(review),
      refundsCents: ourSum(refunds),
      transfersCents: ourSum(transfers) + ourSum(trialPayouts),
    },
    heldForReview: totalsHeldForReview(review),
  };
}

function totalsHeldForReview(review: { currency: string; amountCents: number; refundedCents: number }[]): HeldForReview[] {
  const totals = new Map<string, HeldForReview>();
  for (const payment of review) {
    const total = totals.get(payment.currency) ?? { currency: payment.currency, payments: 0, receivedCents: 0, refundedCents: 0, heldCents: 0 };
    const heldCents = payment.amountCents - payment.refundedCents;
    total.payments += heldCents > 0 ? 1 : 0;
    total.receivedCents += payment.amountCents;
    total.refundedCents += payment.refundedCents;
    total.heldCents += heldCents;
    totals.set(payment.currency, total);
  }
  return [...totals.values()];
}

async function retrieveCharge(id: string) {
  return stripe()
    .charges.retrieve(id)
    .catch((error: unknown) => {
      if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === "resource_missing") return null;
      throw error;
    });
}

/** Every page of a Stripe list (autoPagingToArray stops at 10,000 items). */
async function listAll<T>(list: { autoPagingEach: (each: (item: T) => void | boolean | Promise<void | boolean>) => Promise<void> }) {
  const items: T[] = [];
  await list.autoPagingEach((item) => void items.push(item));
  return items;
}
