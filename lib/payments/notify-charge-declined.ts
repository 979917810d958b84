import type { Transaction } from "@/lib/db";
import { formatDate, formatMoney } from "@/lib/format";
import { notifyUsers } from "@/lib/notifications/notify";
import { companyRecipients } from "@/lib/teams/company-recipients";

type Declined = { paymentId: string; milestoneId: string; reason: string; attempt: number; retryAt: Date | null };

/** Each decline is told to the company's owners and finance members: what, how much, why, what next, where to fix it. */
export async function notifyChargeDeclined(tx: Transaction, { paymentId, milestoneId, reason, attempt, retryAt }: Declined) {
  const milestone = await tx.milestone.findUniqueOrThrow({
    where: { id: milestoneId },
    select: {
      title: true,
      amountCents: true,
      currency: true,
      contract: { select: { id: true, title: true, company: { select: { savedCard: { select: { brand: true, last4: true } } } } } },
    },
  });
  const { contract } = milestone;
  const amount = formatMoney(milestone.amountCents, milestone.currency);
  const card = contract.company.savedCard ? `your saved card ending in ${contract.company.savedCard.last4}` : "your saved card";
  const next = retryAt
    ? `We will try again on ${formatDate(retryAt)} (UTC). Replace the card on your billing page and we will try it at once.`
    : `That was the last retry, so new work on "${contract.title}" is paused until a charge goes through. Replace the card on your billing page and we will try it at once.`;
  await notifyUsers(tx, await companyRecipients(tx, { contractId: contract.id }, ["viewBilling"]), {
    kind: "payment.charge-declined",
    title: `Payment declined: ${amount} for "${contract.title}"`,
    body: `We could not charge ${amount} for "${milestone.title}" on the contract "${contract.title}" to ${card} (attempt ${attempt}). The bank said: ${reason} ${next}`,
    link: "/client/billing",
    dedupeKey: `charge-declined:${paymentId}`,
  });
}
