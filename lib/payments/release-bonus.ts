import type { Transaction } from "@/lib/db";
import { formatMoney } from "@/lib/format";
import { notifyUsers } from "@/lib/notifications/notify";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { queueSettlement } from "./queue-settlement";

type FundedBonus = {
  milestone: {
    id: string;
    title: string;
    description?: string;
    currency: string;
    contract: { id: string; title: string; platformFeeBps: number; expertProfile: { userId: string } };
  };
  paymentId: string;
  amountCents: number;
  now: Date;
};

/**
 * In the transaction that records a bonus's charge (the milestone already moved to RELEASED there, once):
 * the transfer of the bonus minus the fee, keyed `release:<milestoneId>` like any release, and its settle
 * job. A replayed or reordered webhook finds the payment recorded and queues nothing again.
 */
export async function queueBonusRelease(tx: Transaction, { milestone, paymentId, amountCents, now }: FundedBonus) {
  const { contract } = milestone;
  await queueSettlement(
    tx,
    { id: milestone.id, currency: milestone.currency, platformFeeBps: contract.platformFeeBps, paymentId },
    { releaseCents: amountCents, refundCents: 0, refundReason: "" },
    now,
  );
  const amount = formatMoney(amountCents, milestone.currency);
  await notifyUsers(tx, [...(await companyRecipients(tx, { contractId: contract.id }, ["viewBilling"])), contract.expertProfile.userId], {
    kind: "bonus.paid",
    title: `Bonus: ${amount} on ${contract.title}`,
    body: `A bonus of ${amount} was paid on "${contract.title}" and is on its way to the expert's Stripe account (the platform fee is deducted).`,
    link: `/contracts/${contract.id}`,
    dedupeKey: `bonus:${milestone.id}`,
  });
}
