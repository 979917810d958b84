import type { Transaction } from "@/lib/db";
import { queueSavedCardCharge } from "@/lib/payments/charge-saved-card";
import { calendarDateFromColumn } from "./week-bounds";
import { weekMilestoneTitle } from "./week-words";

/**
 * An approved (or disputed) week becomes one HOURLY_WEEK milestone, so the usual payment, transfer,
 * refund, dispute, receipt and ledger rows carry its money, and its charge to the saved card is queued
 * in the same transaction. The caller holds the week's lock and has moved it out of IN_REVIEW, so a
 * week is billed once.
 */
export async function billWeek(tx: Transaction, week: { id: string; contractId: string; weekStart: Date; totalMinutes: number; amountCents: number }) {
  // Positions are unique per contract: lock the contract so two weeks billed at once take different ones.
  const [contract] = await tx.$queryRaw<{ currency: string }[]>`SELECT currency FROM contracts WHERE id = ${week.contractId} FOR UPDATE`;
  const { _max } = await tx.milestone.aggregate({ where: { contractId: week.contractId }, _max: { position: true } });
  const milestone = await tx.milestone.create({
    data: {
      contractId: week.contractId,
      position: (_max.position ?? 0) + 1,
      kind: "HOURLY_WEEK",
      title: weekMilestoneTitle(calendarDateFromColumn(week.weekStart), week.totalMinutes),
      amountCents: week.amountCents,
      currency: contract.currency,
    },
    select: { id: true },
  });
  await tx.contract.update({ where: { id: week.contractId }, data: { totalCents: { increment: week.amountCents } } });
  await tx.timesheetWeek.update({ where: { id: week.id }, data: { milestoneId: milestone.id } });
  await queueSavedCardCharge(tx, { milestoneId: milestone.id });
  return milestone;
}
