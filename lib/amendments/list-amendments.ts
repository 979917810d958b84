import type { ContractBilling } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { readableContractWhere } from "@/lib/contracts/access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

export type AmendmentList = Awaited<ReturnType<typeof amendmentsOf>>;

/** What the history needs of its contract. */
export type AmendmentContract = {
  id: string;
  currency: string;
  billing: ContractBilling;
  hourlyTerms: { hourlyRateCents: number; weeklyCapMinutes: number } | null;
};

/** A contract's terms history, newest first: every proposal, whatever became of it. Both sides (any member) and admins read it. */
export async function listAmendments({ user, contractId }: { user: SessionUser; contractId: string }) {
  const contract = await db.contract.findFirst({
    where: { id: contractId, ...readableContractWhere(user) },
    select: { id: true, currency: true, billing: true, hourlyRateCents: true, weeklyCapMinutes: true },
  });
  if (!contract) throw notFound("Contract");
  return amendmentsOf({
    id: contract.id,
    currency: contract.currency,
    billing: contract.billing,
    hourlyTerms:
      contract.hourlyRateCents !== null && contract.weeklyCapMinutes !== null
        ? { hourlyRateCents: contract.hourlyRateCents, weeklyCapMinutes: contract.weeklyCapMinutes }
        : null,
  });
}

/** The terms history of a contract the viewer was already found to read (readableContractWhere). */
export async function amendmentsOf(contract: AmendmentContract) {
  const rows = await db.contractAmendment.findMany({
    where: { contractId: contract.id },
    orderBy: [{ proposedAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      kind: true,
      status: true,
      milestoneId: true,
      before: true,
      after: true,
      note: true,
      proposedBySide: true,
      effectiveFrom: true,
      appliedAt: true,
      proposedAt: true,
      respondedAt: true,
      proposedBy: { select: { name: true } },
      respondedBy: { select: { name: true } },
    },
  });
  return {
    currency: contract.currency,
    billing: contract.billing,
    hourlyTerms: contract.hourlyTerms,
    amendments: rows.map((row) => ({
      ...row,
      before: row.before as Record<string, unknown>,
      after: row.after as Record<string, unknown>,
      proposedBy: row.proposedBy ? { name: row.proposedBy.name } : null,
      respondedBy: row.respondedBy ? { name: row.respondedBy.name } : null,
    })),
  };
}
