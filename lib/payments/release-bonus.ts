import type { Transaction } from "@/lib/db";
import { formatMoney } from "@/lib/format";
import { bonusPaidWording, notifyBothSides, partiesOfContract } from "@/lib/notifications/party-messages";
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
  const parties = await partiesOfContract(tx, contract.id);
  await notifyBothSides(
    tx,
    { client: await companyRecipients(tx, { contractId: contract.id }, ["viewBilling"]), expert: [contract.expertProfile.userId] },
    { kind: "bonus.paid", link: `/contracts/${contract.id}`, dedupeKey: `bonus:${milestone.id}` },
    (side) => bonusPaidWording(side, { ...parties, contractTitle: contract.title, amount }),
  );
}
