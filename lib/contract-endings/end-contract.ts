import { Prisma } from "@/generated/prisma/client";
import type { ContractStatus } from "@/generated/prisma/enums";
import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { clientContractWhere, expertContractWhere } from "@/lib/contracts/access";
import { isInTrial } from "@/lib/contracts/open-for-work";
import { db, type Transaction } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { closeOpenCheckouts } from "@/lib/payments/close-open-checkouts";
import { updateContractAfterSettlement } from "@/lib/payments/finalize-milestone";
import { endingConfig } from "./ending-config";
import { notifyContractEnded } from "./notify-contract-ended";
import { requestEndRefunds } from "./request-end-refunds";
import type { EndContractInput } from "./schemas";
import { settleEndedContract } from "./settle-ended-contract";
import { endInTrial } from "./trial-end";

// Ending a contract early, by either side, with a reason. In one transaction under the contract's row
// lock: unfunded milestones are cancelled (nothing can fund them; those never offered for payment are
// removed, as cancelling one always did); funded work the
// expert has not submitted gets a refund request the expert answers (or, in a trial the client ends as
// not the right fit, is refunded at once, submitted work too, and the platform pays the expert for the
// submitted work up to a cap); submitted work keeps the normal approve / auto-release / dispute rules.
// The contract becomes COMPLETED or CANCELLED once nothing is held for it (lib/payments/finalize-milestone.ts).

const ENDABLE: readonly ContractStatus[] = ["ACTIVE", "DISPUTED"];

function partyWhere(user: SessionUser, contractId: string): Prisma.ContractWhereInput {
  if (user.role === "CLIENT") return clientContractWhere(user, contractId, "manageContracts");
  if (user.role === "EXPERT") return expertContractWhere(user, contractId);
  throw new AppError("FORBIDDEN", "Only the client or the expert of this contract can end it.");
}

/**
 * The contract's milestones first, then the contract: the order every milestone operation takes them in
 * (a milestone, then its contract), so an end and a concurrent cancel or dispute queue instead of deadlocking.
 */
async function lockContract(tx: Transaction, contractId: string) {
  await tx.$queryRaw(Prisma.sql`SELECT id FROM milestones WHERE "contractId" = ${contractId} ORDER BY id FOR UPDATE`);
  const rows = await tx.$queryRaw<{ status: ContractStatus; endedAt: Date | null; trialEndsAt: Date | null }[]>(
    Prisma.sql`SELECT status, "endedAt", "trialEndsAt" FROM contracts WHERE id = ${contractId} FOR UPDATE`,
  );
  return rows[0] ?? null;
}

export async function endContract(options: { user: SessionUser; contractId: string; input: EndContractInput; now: Date }) {
  const { user, contractId, input, now } = options;
  const found = await db.contract.findFirst({ where: partyWhere(user, contractId), select: { id: true, endedAt: true } });
  if (!found) throw notFound("Contract");
  if (found.endedAt) throw conflict("This contract has already ended.");
  // Payment pages still open (also one left after a declined card) are expired first (a Stripe call, outside
  // the transaction), so nothing can be paid after the end.
  for (const milestone of await db.milestone.findMany({ where: { contractId, status: { in: ["PENDING", "FUNDING"] } }, select: { id: true } })) {
    await closeOpenCheckouts(milestone.id);
  }

  const config = endingConfig();
  const ended = await db.$transaction(async (tx) => {
    const contract = await lockContract(tx, contractId);
    if (!contract) throw notFound("Contract");
    if (contract.endedAt) throw conflict("This contract has already ended.");
    if (!ENDABLE.includes(contract.status)) throw conflict("Only an active contract can be ended; a proposal is withdrawn or declined instead.");
    const isTrialEnd = user.role === "CLIENT" && input.reason === "NOT_A_FIT" && isInTrial(contract, now);
    await tx.contract.update({
      where: { id: contractId },
      data: { endedAt: now, endedById: user.id, endReason: input.reason, endNote: input.note || null, isEndedInTrial: isTrialEnd },
    });
    const removed = await cancelUnfundedMilestones(tx, contractId);
    const outcome = isTrialEnd
      ? { ...(await endInTrial(tx, { contractId, now, payoutCapCents: config.trialPayoutCapCents })), refundRequests: 0 }
      : { refunded: [] as string[], trialPayoutCents: 0, refundRequests: await requestEndRefunds(tx, { contractId, now, consentDays: config.consentDays }) };
    await updateContractAfterSettlement(tx, contractId, now);
    await notifyContractEnded(tx, {
      contractId,
      endedBy: user,
      reason: input.reason,
      isTrialEnd,
      refundRequests: outcome.refundRequests,
      now,
      consentDays: config.consentDays,
    });
    await recordAudit(tx, {
      actorId: user.id,
      companyId: companyOf(user),
      action: "contract.ended",
      targetType: "Contract",
      targetId: contractId,
      data: {
        reason: input.reason,
        isTrialEnd,
        removedMilestones: removed,
        refunded: outcome.refunded,
        refundRequests: outcome.refundRequests,
        trialPayoutCents: outcome.trialPayoutCents,
      },
    });
    const { status } = await tx.contract.findUniqueOrThrow({ where: { id: contractId }, select: { status: true } });
    if (status === "PROPOSED") throw new Error(`contract ${contractId} went back to PROPOSED while ending`);
    return { status, isTrialEnd, removed, ...outcome };
  });
  await settleEndedContract(contractId, ended.refunded);
  return {
    id: contractId,
    status: ended.status,
    endedAt: now,
    endReason: input.reason,
    isEndedInTrial: ended.isTrialEnd,
    cancelledMilestones: ended.removed.length,
    refundedMilestones: ended.refunded.length,
    refundRequests: ended.refundRequests,
    trialPayoutCents: ended.trialPayoutCents,
  };
}

/**
 * Unfunded milestones cost nothing and are cancelled: those never offered for payment are removed (the
 * total shrinks); those with a payment attempt behind them stay, as evidence a late webhook can still
 * match, and nothing can fund them any more. A payment still under way (its page was just paid) is a 409.
 */
async function cancelUnfundedMilestones(tx: Transaction, contractId: string) {
  const unfunded = await tx.milestone.findMany({
    where: { contractId, status: { in: ["PENDING", "FUNDING"] } },
    select: { id: true, title: true, payments: { select: { status: true } } },
  });
  const paying = unfunded.find((milestone) => milestone.payments.some((payment) => payment.status === "PENDING" || payment.status === "SUCCEEDED"));
  if (paying) throw conflict(`A payment for "${paying.title}" is in progress; wait for it to finish, then end the contract.`);
  const removable = unfunded.filter((milestone) => milestone.payments.length === 0).map((milestone) => milestone.id);
  if (removable.length) {
    const { count } = await tx.milestone.deleteMany({ where: { id: { in: removable }, status: "PENDING", payments: { none: {} } } });
    if (count !== removable.length) throw conflict("A milestone changed while the contract was being ended; reload and try again.");
    const left = await tx.milestone.aggregate({ where: { contractId, kind: "FIXED" }, _sum: { amountCents: true } });
    await tx.contract.update({ where: { id: contractId }, data: { totalCents: left._sum.amountCents ?? 0 } });
  }
  return unfunded.map((milestone) => milestone.id);
}
