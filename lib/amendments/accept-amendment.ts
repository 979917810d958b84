import { Prisma } from "@/generated/prisma/client";
import type { ContractSide } from "@/generated/prisma/enums";
import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { MAX_CONTRACT_CENTS, MAX_MILESTONES } from "@/lib/contracts/schemas";
import { db, type Transaction } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { enqueueJobs } from "@/lib/jobs/queue";
import { syncContractTotal } from "@/lib/milestones/contract-total";
import { notifyUsers } from "@/lib/notifications/notify";
import { findContractOnSide, otherSide, recipientsOn, sideWhere } from "./contract-side";
import { describeChange, type TermsRecord } from "./describe-amendment";
import { lockOpenAmendment } from "./load-amendment";
import { nextWeekStart, termsForWeek } from "./terms-for-week";

// The other side accepts: the state is checked again under row locks (the contract, the amendment,
// the milestone), so a double click applies it once and a milestone funded since the proposal is not
// changed — that proposal is marked SUPERSEDED and the answer is a 409 asking for a new one.

const FUNDED_SINCE = "This milestone was funded after the change was proposed; propose it again.";

export async function acceptAmendment(options: { user: SessionUser; contractId: string; amendmentId: string; now: Date }) {
  const { user, contractId, amendmentId, now } = options;
  const { side, where } = sideWhere(user, contractId);
  const contract = await findContractOnSide(where);
  if (!contract) throw notFound("Contract");

  const outcome = await db.$transaction(async (tx) => {
    await tx.$executeRaw(Prisma.sql`SELECT id FROM contracts WHERE id = ${contract.id} FOR UPDATE`);
    const amendment = await lockOpenAmendment(tx, amendmentId, contract.id);
    if (amendment.proposedBySide === side) throw conflict("You proposed this change: the other side accepts or declines it. You may withdraw it.");
    const current = await tx.contract.findUniqueOrThrow({ where: { id: contract.id }, select: { status: true } });
    if (current.status !== "ACTIVE") throw conflict("This contract is no longer active, so its terms cannot change.");
    let before = amendment.before as TermsRecord;
    let after = amendment.after as TermsRecord;
    let milestoneId = amendment.milestoneId;
    let effectiveFrom: Date | null = null;

    if (amendment.kind === "CHANGE_MILESTONE") {
      const isChanged = milestoneId && (await changeMilestone(tx, milestoneId, after));
      if (!isChanged) {
        await markSuperseded(tx, { amendmentId: amendment.id, contract, proposedBySide: amendment.proposedBySide }, now);
        return { superseded: true as const };
      }
    } else if (amendment.kind === "ADD_MILESTONE") {
      milestoneId = await addMilestone(tx, contract, after);
    } else {
      if (!contract.weekTimeZone) throw conflict("This contract has no billing week to change terms from.");
      effectiveFrom = nextWeekStart(now, contract.weekTimeZone);
      // Terms accepted earlier for the same week may have moved on since the proposal: apply this change on top of them.
      const inForce = await termsForWeek(contract, effectiveFrom, tx);
      if (!inForce) throw conflict("This contract has no hourly terms to change.");
      const proposed = after;
      const changedKeys = (["hourlyRateCents", "weeklyCapMinutes"] as const).filter((key) => proposed[key] !== before[key]);
      after = { ...inForce, ...Object.fromEntries(changedKeys.map((key) => [key, proposed[key]])) };
      before = inForce;
      await tx.contractAmendment.update({ where: { id: amendment.id }, data: { before, after } });
      await enqueueJobs(tx, [
        { kind: "contracts.apply-hourly-terms", payload: { contractId: contract.id }, runAt: effectiveFrom, dedupeKey: `hourly-terms:${amendment.id}` },
      ]);
    }
    await tx.contractAmendment.update({
      where: { id: amendment.id },
      data: { status: "ACCEPTED", openSlot: null, respondedById: user.id, respondedAt: now, milestoneId, effectiveFrom },
    });
    const change = describeChange(amendment.kind, before, after, contract.currency);
    await notifyUsers(tx, await recipientsOn(tx, otherSide(side), contract.id), {
      kind: "amendment.accepted",
      title: `Change accepted: ${contract.title}`,
      body: `${user.name} accepted the change: ${change}.${effectiveFrom && contract.weekTimeZone ? ` It applies from the week starting Monday ${localDate(effectiveFrom, contract.weekTimeZone)}.` : ""}`,
      link: `/contracts/${contract.id}`,
      dedupeKey: `amendment-accepted:${amendment.id}`,
    });
    await recordAudit(tx, {
      actorId: user.id,
      companyId: companyOf(user),
      action: "amendment.accepted",
      targetType: "Contract",
      targetId: contract.id,
      data: { amendmentId: amendment.id, kind: amendment.kind, milestoneId, effectiveFrom: effectiveFrom?.toISOString() ?? null },
    });
    return { superseded: false as const, milestoneId, effectiveFrom };
  });
  if (outcome.superseded) throw conflict(FUNDED_SINCE);
  return { id: amendmentId, status: "ACCEPTED" as const, milestoneId: outcome.milestoneId, effectiveFrom: outcome.effectiveFrom?.toISOString() ?? null };
}

/** Applies the new terms to a milestone still PENDING; false when it was funded (or removed) meanwhile. */
async function changeMilestone(tx: Transaction, milestoneId: string, after: TermsRecord) {
  await tx.$executeRaw(Prisma.sql`SELECT id FROM milestones WHERE id = ${milestoneId} FOR UPDATE`);
  const milestone = await tx.milestone.findUnique({ where: { id: milestoneId }, select: { status: true, contractId: true } });
  if (milestone?.status !== "PENDING") return false;
  // An open payment page for the old amount is no longer payable once the amount changes.
  if (after.amountCents !== undefined && (await tx.payment.count({ where: { milestoneId, status: "PENDING" } }))) return false;
  await tx.milestone.update({
    where: { id: milestoneId },
    data: {
      ...(after.amountCents !== undefined && { amountCents: after.amountCents }),
      ...(after.description !== undefined && { description: after.description }),
      ...(after.dueDate !== undefined && { dueDate: after.dueDate ? new Date(after.dueDate) : null }),
    },
  });
  await syncContractTotal(tx, milestone.contractId);
  await assertWithinContractLimit(tx, milestone.contractId);
  return true;
}

async function addMilestone(tx: Transaction, contract: { id: string; currency: string }, after: TermsRecord) {
  if ((await tx.milestone.count({ where: { contractId: contract.id, kind: "FIXED" } })) >= MAX_MILESTONES) {
    throw conflict(`A contract has at most ${MAX_MILESTONES} milestones; this one is full.`);
  }
  const last = await tx.milestone.aggregate({ where: { contractId: contract.id }, _max: { position: true } });
  const milestone = await tx.milestone.create({
    data: {
      contractId: contract.id,
      position: (last._max.position ?? -1) + 1,
      kind: "FIXED",
      title: after.title ?? "Milestone",
      description: after.description ?? "",
      amountCents: after.amountCents ?? 0,
      currency: contract.currency,
      dueDate: after.dueDate ? new Date(after.dueDate) : null,
    },
    select: { id: true },
  });
  await syncContractTotal(tx, contract.id);
  await assertWithinContractLimit(tx, contract.id);
  return milestone.id;
}

async function assertWithinContractLimit(tx: Transaction, contractId: string) {
  const { totalCents } = await tx.contract.findUniqueOrThrow({ where: { id: contractId }, select: { totalCents: true } });
  if (totalCents > MAX_CONTRACT_CENTS) throw conflict("With this change the contract would exceed 250,000.00; start a new contract for more work.");
}

type Superseded = { amendmentId: string; contract: { id: string; title: string }; proposedBySide: ContractSide };

/** The proposal no longer fits the milestone (funded meanwhile): closed for good, and the proposer is told. */
async function markSuperseded(tx: Transaction, { amendmentId, contract, proposedBySide }: Superseded, now: Date) {
  const contractId = contract.id;
  await tx.contractAmendment.update({ where: { id: amendmentId }, data: { status: "SUPERSEDED", openSlot: null, respondedAt: now } });
  await notifyUsers(tx, await recipientsOn(tx, proposedBySide, contractId), {
    kind: "amendment.superseded",
    title: `Change overtaken: ${contract.title}`,
    body: "The milestone you proposed to change was funded before the change was accepted, so it was not applied. Propose it again if it still matters.",
    link: `/contracts/${contractId}`,
    dedupeKey: `amendment-superseded:${amendmentId}`,
  });
  await recordAudit(tx, {
    actorId: null,
    action: "amendment.superseded",
    targetType: "Contract",
    targetId: contractId,
    data: { amendmentId, reason: "milestone funded" },
  });
}

const localDate = (at: Date, timeZone: string) => new Intl.DateTimeFormat("en-US", { timeZone, dateStyle: "medium" }).format(at);
