import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notifyAdmins, notifyUsers } from "@/lib/notifications/notify";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { calendarDateFromColumn } from "./week-bounds";
import { describeWeek } from "./week-words";

/**
 * A disputed week's charge has landed: the dispute opens on its milestone, exactly as a dispute on a
 * held fixed milestone does (the milestone and the contract freeze until an admin releases, refunds or
 * splits). Guarded by the milestone's status, so a second run opens nothing more.
 */
export async function openWeekDispute({ weekId, now }: { weekId: string; now: Date }) {
  await db.$transaction(async (tx) => {
    const week = await tx.timesheetWeek.findUnique({
      where: { id: weekId },
      select: {
        status: true,
        weekStart: true,
        milestoneId: true,
        disputedById: true,
        disputeReason: true,
        contractId: true,
        contract: { select: { title: true, expertProfile: { select: { userId: true } } } },
      },
    });
    if (week?.status !== "DISPUTED" || !week.milestoneId) return;
    const { count } = await tx.milestone.updateMany({ where: { id: week.milestoneId, status: "FUNDED" }, data: { status: "DISPUTED", autoReleaseAt: null } });
    if (!count) return;
    await tx.contract.updateMany({ where: { id: week.contractId, status: "ACTIVE" }, data: { status: "DISPUTED" } });
    const weekName = describeWeek(calendarDateFromColumn(week.weekStart));
    const dispute = await tx.dispute.create({
      data: {
        contractId: week.contractId,
        milestoneId: week.milestoneId,
        openedById: week.disputedById,
        reason: `Hours of the week of ${weekName}: ${week.disputeReason ?? ""}`.trim(),
        createdAt: now,
      },
      select: { id: true },
    });
    const link = `/contracts/${week.contractId}#hours`;
    const parties = [week.contract.expertProfile.userId, ...(await companyRecipients(tx, { contractId: week.contractId }, ["manageContracts"]))];
    await notifyUsers(tx, parties, {
      kind: "dispute.opened",
      title: `Dispute opened: week of ${weekName}`,
      body: "The week's charge is held by Vetted until an admin decides what is released and what is refunded; add your side in the conversation.",
      link,
      dedupeKey: `week-dispute:${weekId}`,
    });
    await notifyAdmins(tx, {
      kind: "dispute.opened",
      title: `Dispute to resolve: ${week.contract.title}`,
      body: (week.disputeReason ?? "").slice(0, 300),
      link: "/admin/disputes",
    });
    await recordAudit(tx, {
      actorId: week.disputedById,
      action: "dispute.opened",
      targetType: "Dispute",
      targetId: dispute.id,
      data: { milestoneId: week.milestoneId, weekId },
    });
  });
}
