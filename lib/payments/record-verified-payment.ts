import type { Transaction } from "@/lib/db";
import { db } from "@/lib/db";
import { issueReceipt } from "@/lib/invoices/issue";
import { notifyUsers } from "@/lib/notifications/notify";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { platformFee } from "./fees";
import { bookTransaction, ledgerAccounts } from "./ledger";
import { enqueueSettleJob } from "./queue-settlement";
import { DUPLICATE_PAYMENT } from "./refund-reasons";
import { settleMilestone } from "./settle-milestone";

// The one way a payment Stripe confirmed (and we verified) becomes funding, for Checkout and for
// off-session charges to a saved card alike: one guarded PENDING/FAILED → SUCCEEDED change that books
// the ledger, issues the receipt and funds the milestone in one transaction. A replayed, reordered or
// concurrent confirmation finds the payment SUCCEEDED and changes nothing.

export const CLAIMED_PAYMENT_SELECT = {
  id: true,
  status: true,
  amountCents: true,
  currency: true,
  idempotencyKey: true,
  stripeCheckoutSessionId: true,
  stripePaymentIntentId: true,
  milestone: {
    select: {
      id: true,
      title: true,
      amountCents: true,
      currency: true,
      contract: { select: { id: true, title: true, clientUserId: true, expertProfile: { select: { userId: true } } } },
    },
  },
} as const;

type VerifiedPayment = {
  id: string;
  status: string;
  amountCents: number;
  currency: string;
  milestone: { id: string; title: string; contract: { id: string; title: string; expertProfile: { userId: string } } };
};

type Options = {
  /** Runs in the same transaction once the milestone is FUNDED by this payment (not for a duplicate). */
  onFunded?: (tx: Transaction) => Promise<void>;
};

export async function recordVerifiedPayment(
  payment: VerifiedPayment,
  received: { paymentIntentId: string; chargeId: string },
  now: Date,
  options: Options = {},
) {
  if (payment.status === "SUCCEEDED") return;
  const { milestone } = payment;
  const outcome = await db.$transaction(async (tx) => {
    const { count } = await tx.payment.updateMany({
      where: { id: payment.id, status: { in: ["PENDING", "FAILED"] } },
      data: { status: "SUCCEEDED", stripePaymentIntentId: received.paymentIntentId, stripeChargeId: received.chargeId, failureReason: null },
    });
    if (!count) return null;
    const accounts = ledgerAccounts(milestone.contract.id, payment.currency);
    await bookTransaction(tx, {
      kind: "funding",
      idempotencyKey: `fund:${payment.id}`,
      description: `Client funded "${milestone.title}"`,
      contractId: milestone.contract.id,
      milestoneId: milestone.id,
      currency: payment.currency,
      entries: [
        { account: accounts.clientFunding, amountCents: -payment.amountCents },
        { account: accounts.escrow, amountCents: payment.amountCents },
      ],
    });
    // Every booked charge gets its receipt, numbered in this transaction (a duplicate too: its refund gets a credit note).
    await issueReceipt(tx, { paymentId: payment.id, now, expertSideFee: platformFee });
    const funded = await tx.milestone.updateMany({
      where: { id: milestone.id, status: { in: ["FUNDING", "PENDING"] } },
      data: { status: "FUNDED", fundedAt: now, fundingFailureReason: null, nextChargeAt: null },
    });
    if (!funded.count) {
      // Paid twice (two tabs, two sessions): give this one back, through the same settle path as any refund.
      await tx.refund.createMany({
        data: [
          {
            milestoneId: milestone.id,
            paymentId: payment.id,
            amountCents: payment.amountCents,
            currency: payment.currency,
            reason: DUPLICATE_PAYMENT,
            idempotencyKey: `refund-duplicate:${payment.id}`,
          },
        ],
        skipDuplicates: true,
      });
      await enqueueSettleJob(tx, milestone.id, `duplicate-${payment.id}`, now);
      return { milestoneId: milestone.id, isDuplicate: true };
    }
    await options.onFunded?.(tx);
    await notifyUsers(tx, [...(await companyRecipients(tx, { contractId: milestone.contract.id }, ["viewBilling"])), milestone.contract.expertProfile.userId], {
      kind: "milestone.funded",
      title: `Funded: ${milestone.title}`,
      body: `The milestone of "${milestone.contract.title}" is funded and held by Vetted until the client approves the work.`,
      link: `/contracts/${milestone.contract.id}`,
      dedupeKey: `funded:${payment.id}`,
    });
    return { milestoneId: milestone.id, isDuplicate: false };
  });
  if (outcome?.isDuplicate) await settleMilestone(outcome.milestoneId);
}
