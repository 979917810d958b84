import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { formatMoney } from "@/lib/format";
import { enqueueJobs } from "@/lib/jobs/queue";
import { notifyUsers } from "@/lib/notifications/notify";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { formatHours, weekAmountCents } from "./hours";
import { lockWeekById, refreshWeekTotal } from "./lock-week";
import { addZonedDays, calendarDateFromColumn } from "./week-bounds";
import { describeWeek } from "./week-words";

/**
 * At the end of Sunday in the week's time zone the week closes: no entry can be added or changed after
 * this, under the week's lock. With hours logged it goes to the client for review until the window
 * ends (HOURLY_REVIEW_DAYS calendar days later, same wall-clock time); with none there is nothing to bill.
 * A run before the week's end, or for a week already closed, changes nothing.
 */
export async function closeWeek({ weekId, now }: { weekId: string; now: Date }) {
  await db.$transaction(async (tx) => {
    const locked = await lockWeekById(tx, weekId);
    if (locked?.status !== "OPEN" || locked.endsAt > now) return;
    const week = await tx.timesheetWeek.findUniqueOrThrow({
      where: { id: weekId },
      select: {
        weekStart: true,
        hourlyRateCents: true,
        contractId: true,
        contract: {
          select: { title: true, currency: true, weekTimeZone: true, expertProfile: { select: { userId: true, user: { select: { name: true } } } } },
        },
      },
    });
    const totalMinutes = await refreshWeekTotal(tx, weekId);
    if (!totalMinutes) {
      await tx.timesheetWeek.update({ where: { id: weekId }, data: { status: "APPROVED", closedAt: now, approvedAt: now, amountCents: 0 } });
      return;
    }
    const { contract } = week;
    const reviewEndsAt = addZonedDays(locked.endsAt, env().HOURLY_REVIEW_DAYS, contract.weekTimeZone ?? "UTC");
    const amountCents = weekAmountCents(totalMinutes, week.hourlyRateCents);
    await tx.timesheetWeek.update({ where: { id: weekId }, data: { status: "IN_REVIEW", closedAt: now, reviewEndsAt, amountCents } });
    await enqueueJobs(tx, [{ kind: "timesheets.auto-approve-week", payload: { weekId }, runAt: reviewEndsAt, dedupeKey: `auto-approve-week:${weekId}` }]);
    const weekName = describeWeek(calendarDateFromColumn(week.weekStart));
    const hours = `${formatHours(totalMinutes)} hours`;
    const amount = formatMoney(amountCents, contract.currency);
    const link = `/contracts/${week.contractId}#hours`;
    await notifyUsers(tx, await companyRecipients(tx, { contractId: week.contractId }, ["manageContracts"]), {
      kind: "timesheet.in-review",
      title: `Review ${hours} of ${contract.expertProfile.user.name}: week of ${weekName}`,
      body: `${contract.expertProfile.user.name} logged ${hours} (${amount}) on "${contract.title}". Approve or dispute them within ${env().HOURLY_REVIEW_DAYS} days; without an answer they are approved and charged to your saved card.`,
      link,
      dedupeKey: `timesheet-in-review:${weekId}`,
    });
    await notifyUsers(tx, [contract.expertProfile.userId], {
      kind: "timesheet.in-review",
      title: `Week of ${weekName} closed: ${hours} sent for review`,
      body: `The client has ${env().HOURLY_REVIEW_DAYS} days to review your ${hours} (${amount}) on "${contract.title}"; without an answer they are approved.`,
      link,
      dedupeKey: `timesheet-closed:${weekId}`,
    });
  });
}
