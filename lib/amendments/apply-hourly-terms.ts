import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { nextWeekStart, termsForWeek } from "./terms-for-week";

const WEEK_MS = 7 * 86_400_000;

/**
 * The job queued for the Monday an accepted change of hourly terms takes effect: the contract's current
 * columns take the terms of the week under way. Running it again, late or twice changes nothing more.
 */
export async function applyHourlyTerms({ contractId }: { contractId: string }, now: Date) {
  await db.$transaction(async (tx) => {
    await tx.$executeRaw(Prisma.sql`SELECT id FROM contracts WHERE id = ${contractId} FOR UPDATE`);
    const contract = await tx.contract.findUnique({
      where: { id: contractId },
      select: { id: true, hourlyRateCents: true, weeklyCapMinutes: true, weekTimeZone: true },
    });
    if (!contract?.weekTimeZone) return;
    const due = await tx.contractAmendment.findMany({
      where: { contractId, kind: "CHANGE_HOURLY_TERMS", status: "ACCEPTED", appliedAt: null, effectiveFrom: { lte: now } },
      select: { id: true },
    });
    if (!due.length) return;
    const thisWeek = nextWeekStart(new Date(now.getTime() - WEEK_MS), contract.weekTimeZone);
    const terms = await termsForWeek(contract, thisWeek, tx);
    if (!terms) return;
    await tx.contract.update({ where: { id: contractId }, data: terms });
    await tx.contractAmendment.updateMany({ where: { id: { in: due.map((row) => row.id) } }, data: { appliedAt: now } });
    await recordAudit(tx, {
      actorId: null,
      action: "amendment.terms-applied",
      targetType: "Contract",
      targetId: contractId,
      data: { ...terms, amendmentIds: due.map((row) => row.id) },
    });
  });
}
