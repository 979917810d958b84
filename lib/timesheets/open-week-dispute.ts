import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { adminCaseLink, caseLink } from "@/lib/disputes/recipients";
import { startDisputeCase } from "@/lib/disputes/start-case";
import { formatDateTime } from "@/lib/format";
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
        contract: { select: { title: true, company: { select: { name: true } }, expertProfile: { select: { userId: true } } } },
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
    // The client's reason for disputing the week is its opening statement; files and links can be added to the case once it is open.
    const { responseDueAt } = await startDisputeCase(tx, {
      disputeId: dispute.id,
      openerSide: "CLIENT",
      authorId: week.disputedById,
      category: "HOURS",
      statement: week.disputeReason ?? "",
      now,
    });
    const link = caseLink(week.contractId);
    await notifyUsers(tx, await companyRecipients(tx, { contractId: week.contractId }, ["manageContracts"]), {
      kind: "dispute.opened",
      title: `Dispute opened: week of ${weekName}`,
      body: "The week's charge is held by Vetted until an admin decides what is released and what is refunded. You can add evidence to the case until then.",
      link,
      dedupeKey: `week-dispute:${weekId}`,
    });
    await notifyUsers(tx, [week.contract.expertProfile.userId], {
      kind: "dispute.opened",
      title: `Dispute opened: week of ${weekName}`,
      body: `${week.contract.company.name} disputed your hours for the week of ${weekName}. The week's charge is held by Vetted until an admin decides. Respond with your statement and evidence by ${formatDateTime(responseDueAt)} UTC; without a response, an admin decides on what ${week.contract.company.name} submitted.`,
      link,
      dedupeKey: `week-dispute:${weekId}`,
    });
    await notifyAdmins(tx, {
      kind: "dispute.opened",
      title: `Dispute to resolve: ${week.contract.title}`,
      body: (week.disputeReason ?? "").slice(0, 300),
      link: adminCaseLink(dispute.id),
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
