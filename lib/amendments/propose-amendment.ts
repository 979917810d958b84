import { Prisma } from "@/generated/prisma/client";
import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { notifyUsers } from "@/lib/notifications/notify";
import { findContractOnSide, otherSide, recipientsOn, sideWhere } from "./contract-side";
import { describeChange, type TermsRecord } from "./describe-amendment";
import type { ProposeAmendmentInput } from "./schemas";
import { nextWeekStart, termsForWeek } from "./terms-for-week";

// Either side of an active contract proposes a change; nothing changes until the other side accepts
// (accept-amendment.ts). One proposal is open per milestone and per hourly terms at a time: the
// `openSlot` column is unique, so two concurrent proposals cannot both be open.

type Proposal = { kind: ProposeAmendmentInput["kind"]; milestoneId: string | null; before: TermsRecord; after: TermsRecord; openSlot: string | null };

export async function proposeAmendment(options: { user: SessionUser; contractId: string; input: ProposeAmendmentInput; now: Date }) {
  const { user, contractId, input, now } = options;
  const { side, where } = sideWhere(user, contractId);
  const contract = await findContractOnSide(where);
  if (!contract) throw notFound("Contract");
  if (contract.status !== "ACTIVE") throw conflict("Changes can be proposed while the contract is active; this one is not.");
  const proposal = await buildProposal(contract, input, now);
  if (JSON.stringify(proposal.before) === JSON.stringify(proposal.after) && input.kind !== "ADD_MILESTONE") {
    throw new AppError("BAD_REQUEST", "That is what the contract says already: change at least one term.");
  }

  try {
    return await db.$transaction(async (tx) => {
      const amendment = await tx.contractAmendment.create({
        data: {
          contractId: contract.id,
          milestoneId: proposal.milestoneId,
          kind: input.kind,
          before: proposal.before,
          after: proposal.after,
          note: input.note,
          proposedBySide: side,
          proposedById: user.id,
          openSlot: proposal.openSlot,
          proposedAt: now,
        },
        select: { id: true, status: true },
      });
      await notifyUsers(tx, await recipientsOn(tx, otherSide(side), contract.id), {
        kind: "amendment.proposed",
        title: `Change proposed: ${contract.title}`,
        body: `${user.name} proposes to ${describeChange(input.kind, proposal.before, proposal.after, contract.currency)}.${input.note ? ` "${input.note}"` : ""} Nothing changes until you accept.`,
        link: `/contracts/${contract.id}`,
        dedupeKey: `amendment-proposed:${amendment.id}`,
      });
      await recordAudit(tx, {
        actorId: user.id,
        companyId: companyOf(user),
        action: "amendment.proposed",
        targetType: "Contract",
        targetId: contract.id,
        data: { amendmentId: amendment.id, kind: input.kind, before: proposal.before, after: proposal.after },
      });
      return { id: amendment.id, status: amendment.status };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw conflict(
        input.kind === "CHANGE_HOURLY_TERMS"
          ? "A change to the hourly terms is already proposed; accept, decline or withdraw it first."
          : "A change to this milestone is already proposed; accept, decline or withdraw it first.",
      );
    }
    throw error;
  }
}

type ContractTerms = NonNullable<Awaited<ReturnType<typeof findContractOnSide>>>;

async function buildProposal(contract: ContractTerms, input: ProposeAmendmentInput, now: Date): Promise<Proposal> {
  if (input.kind === "CHANGE_HOURLY_TERMS") {
    if (contract.billing !== "HOURLY" || !contract.weekTimeZone) throw conflict("Only an hourly contract has an hourly rate and a weekly cap to change.");
    const before = await termsForWeek(contract, nextWeekStart(now, contract.weekTimeZone));
    if (!before) throw conflict("This contract has no hourly terms to change.");
    const after = { hourlyRateCents: input.hourlyRateCents ?? before.hourlyRateCents, weeklyCapMinutes: input.weeklyCapMinutes ?? before.weeklyCapMinutes };
    return { kind: input.kind, milestoneId: null, before, after, openSlot: `terms:${contract.id}` };
  }
  if (contract.billing !== "FIXED") throw conflict("An hourly contract bills weeks, not milestones: change its hourly terms instead.");
  if (input.kind === "ADD_MILESTONE") {
    const after = { title: input.title, description: input.description, amountCents: input.amountCents, dueDate: input.dueDate.toISOString() };
    return { kind: input.kind, milestoneId: null, before: {}, after, openSlot: null };
  }
  const milestone = await db.milestone.findFirst({
    where: { id: input.milestoneId, contractId: contract.id, kind: "FIXED" },
    select: { id: true, title: true, status: true, amountCents: true, description: true, dueDate: true },
  });
  if (!milestone) throw notFound("Milestone");
  if (milestone.status !== "PENDING") throw conflict("Only a milestone that is not funded yet can be changed; this one is funded or settled.");
  const before: TermsRecord = { title: milestone.title };
  const after: TermsRecord = { title: milestone.title };
  if (input.amountCents !== undefined && input.amountCents !== milestone.amountCents) {
    before.amountCents = milestone.amountCents;
    after.amountCents = input.amountCents;
  }
  if (input.description !== undefined && input.description !== milestone.description) {
    before.description = milestone.description;
    after.description = input.description;
  }
  if (input.dueDate !== undefined && input.dueDate.getTime() !== milestone.dueDate?.getTime()) {
    before.dueDate = milestone.dueDate?.toISOString() ?? null;
    after.dueDate = input.dueDate.toISOString();
  }
  return { kind: input.kind, milestoneId: milestone.id, before, after, openSlot: `milestone:${milestone.id}` };
}
