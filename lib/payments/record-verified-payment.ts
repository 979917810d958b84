import type { MilestoneKind } from "@/generated/prisma/enums";
import type { Transaction } from "@/lib/db";
import { db } from "@/lib/db";
import { issueReceipt } from "@/lib/invoices/issue";
import { milestoneFundedWording, notifyBothSides, partiesOfContract } from "@/lib/notifications/party-messages";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { platformFee } from "./fees";
import { bookTransaction, ledgerAccounts } from "./ledger";
import { enqueueSettleJob } from "./queue-settlement";
import { DUPLICATE_PAYMENT } from "./refund-reasons";
import { queueBonusRelease } from "./release-bonus";
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
      kind: true,
      amountCents: true,
      currency: true,
      contract: { select: { id: true, title: true, clientUserId: true, platformFeeBps: true, expertProfile: { select: { userId: true } } } },
    },
  },
} as const;

type VerifiedPayment = {
  id: string;
  status: string;
  amountCents: number;
  currency: string;
  milestone: {
    id: string;
    title: string;
    kind: MilestoneKind;
    currency: string;
    contract: { id: string; title: string; platformFeeBps: number; expertProfile: { userId: string } };
  };
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
    // A bonus is released the moment it is funded, in the same guarded transition (release-bonus.ts).
    const isBonus = milestone.kind === "BONUS";
    const funded = await tx.milestone.updateMany({
      where: { id: milestone.id, status: { in: ["FUNDING", "PENDING"] } },
      data: isBonus
        ? { status: "RELEASED", fundedAt: now, releasedAt: now, releasedCents: payment.amountCents, fundingFailureReason: null, nextChargeAt: null }
        : { status: "FUNDED", fundedAt: now, fundingFailureReason: null, nextChargeAt: null },
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
    if (isBonus) {
      await queueBonusRelease(tx, { milestone, paymentId: payment.id, amountCents: payment.amountCents, now });
      return { milestoneId: milestone.id, isDuplicate: false, isBonus: true };
    }
    const { contract } = milestone;
    const parties = await partiesOfContract(tx, contract.id);
    await notifyBothSides(
      tx,
      { client: await companyRecipients(tx, { contractId: contract.id }, ["viewBilling"]), expert: [contract.expertProfile.userId] },
      { kind: "milestone.funded", link: `/contracts/${contract.id}`, dedupeKey: `funded:${payment.id}` },
      (side) => milestoneFundedWording(side, { ...parties, milestoneTitle: milestone.title, contractTitle: contract.title }),
    );
    return { milestoneId: milestone.id, isDuplicate: false, isBonus: false };
  });
  // A duplicate's refund and a bonus's transfer go to Stripe at once; their settle job is the retry.
  if (outcome?.isDuplicate || outcome?.isBonus) await settleMilestone(outcome.milestoneId);
}
