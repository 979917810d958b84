import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { caseLink } from "@/lib/disputes/recipients";
import { AppError, conflict, notFound } from "@/lib/errors";
import { formatMoney } from "@/lib/format";
import { notifyUsers } from "@/lib/notifications/notify";
import { assertAdmin } from "@/lib/payments/access";
import { finalizeMilestone } from "@/lib/payments/finalize-milestone";
import { queueSettlement } from "@/lib/payments/queue-settlement";
import { settleMilestone } from "@/lib/payments/settle-milestone";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { heldCents } from "./release-part";
import type { ResolveDisputeInput } from "./schemas";

/** What each outcome moves: release (minus the fee at payout), refund, or a split of the two that adds up to what the milestone still holds. */
export function disputeAmounts(input: ResolveDisputeInput, amountCents: number) {
  if (input.outcome === "RELEASE") return { releaseCents: amountCents, refundCents: 0 };
  if (input.outcome === "REFUND") return { releaseCents: 0, refundCents: amountCents };
  if (input.releaseCents >= amountCents) {
    throw new AppError("VALIDATION_FAILED", "A split releases less than the milestone still holds; to release all of it, choose RELEASE.", {
      fields: { releaseCents: [`Release between 1 and ${amountCents - 1} cents.`] },
    });
  }
  return { releaseCents: input.releaseCents, refundCents: amountCents - input.releaseCents };
}

function describeDecision(outcome: ResolveDisputeInput["outcome"], amounts: { releaseCents: number; refundCents: number }, currency: string) {
  if (amounts.releaseCents === 0 && amounts.refundCents === 0) return "The dispute is closed; nothing was held for it any more.";
  if (outcome === "RELEASE") return `Decision: ${formatMoney(amounts.releaseCents, currency)} is released to the expert (minus the platform fee).`;
  if (outcome === "REFUND") return `Decision: ${formatMoney(amounts.refundCents, currency)} is refunded to the client.`;
  return `Decision: split. ${formatMoney(amounts.releaseCents, currency)} is released to the expert (minus the platform fee) and ${formatMoney(amounts.refundCents, currency)} is refunded to the client.`;
}

/** An admin decides a dispute. The decision is one guarded transition; the money follows through the settle path. */
export async function resolveDispute(options: { user: SessionUser; disputeId: string; input: ResolveDisputeInput; now: Date }) {
  const { user, disputeId, input, now } = options;
  assertAdmin(user);
  const dispute = await db.dispute.findUnique({
    where: { id: disputeId },
    select: {
      id: true,
      status: true,
      contractId: true,
      stripeDisputeId: true,
      milestone: {
        select: {
          id: true,
          title: true,
          status: true,
          amountCents: true,
          releasedCents: true,
          currency: true,
          payments: { where: { status: "SUCCEEDED" }, take: 1, select: { id: true } },
        },
      },
      contract: { select: { platformFeeBps: true, clientUserId: true, expertProfile: { select: { userId: true } } } },
    },
  });
  if (!dispute) throw notFound("Dispute");
  if (dispute.status !== "OPEN") throw conflict("This dispute is already resolved.");
  // In a chargeback the card issuer takes the money back itself; Stripe refuses refunds of a disputed charge.
  if (dispute.stripeDisputeId && input.outcome !== "RELEASE") {
    throw conflict(
      "This is a card chargeback: the card issuer decides what the client gets back. Respond in Stripe; here, only release (pay the expert) is possible.",
    );
  }
  const { milestone } = dispute;
  // A chargeback on money already paid out, or a dispute with nothing held: the decision only unfreezes.
  const holdsMoney = milestone?.status === "DISPUTED" && milestone.payments[0];
  // Parts released before the dispute are the expert's already: the decision is about what is still held.
  const amounts = holdsMoney ? disputeAmounts(input, heldCents(milestone)) : { releaseCents: 0, refundCents: 0 };

  await db.$transaction(async (tx) => {
    const { count } = await tx.dispute.updateMany({
      where: { id: dispute.id, status: "OPEN" },
      data: {
        status: "RESOLVED",
        outcome: input.outcome,
        releaseCents: amounts.releaseCents,
        refundCents: amounts.refundCents,
        resolutionNote: input.note,
        resolvedById: user.id,
        resolvedAt: now,
      },
    });
    if (!count) throw conflict("This dispute was just resolved by someone else.");
    if (holdsMoney && milestone) {
      const settled = await tx.milestone.updateMany({
        where: { id: milestone.id, status: "DISPUTED", releasedCents: milestone.releasedCents },
        data:
          amounts.releaseCents > 0
            ? { status: "RELEASED", releasedAt: now, releasedCents: { increment: amounts.releaseCents } }
            : { status: "REFUNDED", refundedAt: now },
      });
      if (!settled.count) throw conflict("This milestone changed meanwhile; reload and try again.");
      await queueSettlement(
        tx,
        { id: milestone.id, currency: milestone.currency, platformFeeBps: dispute.contract.platformFeeBps, paymentId: milestone.payments[0].id },
        { ...amounts, refundReason: `dispute ${input.outcome.toLowerCase()}` },
        now,
      );
    }
    await notifyUsers(
      tx,
      [...(await companyRecipients(tx, { contractId: dispute.contractId }, ["approveWork", "viewBilling"])), dispute.contract.expertProfile.userId],
      {
        kind: "dispute.resolved",
        title: `Dispute decided${milestone ? `: ${milestone.title}` : ""}`,
        body: `${describeDecision(input.outcome, amounts, milestone?.currency ?? "usd")}\n\nThe admin's reasoning:\n${input.note}`,
        link: caseLink(dispute.contractId),
        dedupeKey: `dispute-decided:${dispute.id}`,
      },
    );
    await recordAudit(tx, {
      actorId: user.id,
      action: "dispute.resolved",
      targetType: "Dispute",
      targetId: dispute.id,
      data: { outcome: input.outcome, ...amounts },
    });
  });
  if (holdsMoney && milestone) await settleMilestone(milestone.id);
  else if (milestone) await finalizeMilestone(milestone.id, { shouldAnnounce: false });
  return { disputeId: dispute.id, outcome: input.outcome, ...amounts };
}
