import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError, notFound } from "@/lib/errors";
import { formatMoney } from "@/lib/format";
import { enqueueJobs } from "@/lib/jobs/queue";
import { notifyUsers } from "@/lib/notifications/notify";
import { clientWeekWhere } from "./access";
import { billWeek } from "./bill-week";
import { formatHours } from "./hours";
import { lockWeekById } from "./lock-week";
import type { DisputeWeekInput } from "./schemas";
import { assertWeekInReview } from "./transitions";
import { calendarDateFromColumn } from "./week-bounds";
import { describeWeek } from "./week-words";

// The client's answer to a closed week: approve (or stay silent until the review window ends) and the
// week is billed and, once charged, released to the expert when the window is over; dispute and it is
// billed too, but its money stays held until an admin decides through the dispute flow.

type Decision = { outcome: "APPROVED"; actor: SessionUser | null } | { outcome: "DISPUTED"; actor: SessionUser; reason: string };

export async function approveWeek({ user, weekId, now }: { user: SessionUser; weekId: string; now: Date }) {
  const week = await db.timesheetWeek.findFirst({ where: clientWeekWhere(user, weekId), select: { id: true } });
  if (!week) throw notFound("Week");
  return decideWeek(weekId, { outcome: "APPROVED", actor: user }, now);
}

export async function disputeWeek({ user, weekId, input, now }: { user: SessionUser; weekId: string; input: DisputeWeekInput; now: Date }) {
  const week = await db.timesheetWeek.findFirst({ where: clientWeekWhere(user, weekId), select: { id: true } });
  if (!week) throw notFound("Week");
  return decideWeek(weekId, { outcome: "DISPUTED", actor: user, reason: input.reason }, now);
}

/** The review window ended without an answer: silence approves. Early or already answered: nothing happens. */
export async function autoApproveWeek({ weekId, now }: { weekId: string; now: Date }) {
  const week = await db.timesheetWeek.findUnique({ where: { id: weekId }, select: { status: true, reviewEndsAt: true } });
  if (week?.status !== "IN_REVIEW" || !week.reviewEndsAt || week.reviewEndsAt > now) return null;
  try {
    return await decideWeek(weekId, { outcome: "APPROVED", actor: null }, now);
  } catch (error) {
    // The client answered in the moment between the check and the lock: their answer stands.
    if (isAppError(error) && error.code === "CONFLICT") return null;
    throw error;
  }
}

async function decideWeek(weekId: string, decision: Decision, now: Date) {
  return db.$transaction(async (tx) => {
    const locked = await lockWeekById(tx, weekId);
    if (!locked) throw notFound("Week");
    assertWeekInReview(locked.status, decision.outcome === "APPROVED" ? "approve" : "dispute");
    const week = await tx.timesheetWeek.findUniqueOrThrow({
      where: { id: weekId },
      select: {
        id: true,
        contractId: true,
        weekStart: true,
        totalMinutes: true,
        amountCents: true,
        reviewEndsAt: true,
        contract: { select: { title: true, currency: true, expertProfile: { select: { userId: true } } } },
      },
    });
    const amountCents = week.amountCents ?? 0;
    const actorId = decision.actor?.id ?? null;
    const milestone = await billWeek(tx, { ...week, amountCents });
    if (decision.outcome === "APPROVED") {
      await tx.timesheetWeek.update({ where: { id: weekId }, data: { status: "APPROVED", approvedAt: now, approvedById: actorId } });
      const releaseAt = week.reviewEndsAt && week.reviewEndsAt > now ? week.reviewEndsAt : now;
      await enqueueJobs(tx, [{ kind: "timesheets.release-week", payload: { weekId }, runAt: releaseAt, dedupeKey: `release-week:${weekId}` }]);
    } else {
      await tx.timesheetWeek.update({
        where: { id: weekId },
        data: { status: "DISPUTED", disputedAt: now, disputedById: actorId, disputeReason: decision.reason },
      });
    }
    const weekName = describeWeek(calendarDateFromColumn(week.weekStart));
    const hours = `${formatHours(week.totalMinutes)} hours`;
    const amount = formatMoney(amountCents, week.contract.currency);
    await notifyUsers(tx, [week.contract.expertProfile.userId], {
      kind: decision.outcome === "APPROVED" ? "timesheet.approved" : "timesheet.disputed",
      title: decision.outcome === "APPROVED" ? `Week of ${weekName} approved: ${hours}` : `Week of ${weekName} disputed`,
      body:
        decision.outcome === "APPROVED"
          ? `Your ${hours} on "${week.contract.title}" are approved (${amount}). The client's card is charged now, and the payment is released to you when the review window ends.`
          : `The client disputes your ${hours} on "${week.contract.title}": ${decision.reason}\n\nThe week is charged and held by Vetted; an admin decides what is released. Add your side in the conversation.`,
      link: `/contracts/${week.contractId}#hours`,
      dedupeKey: `timesheet-${decision.outcome.toLowerCase()}:${weekId}`,
    });
    await recordAudit(tx, {
      actorId,
      companyId: decision.actor ? companyOf(decision.actor) : null,
      action: decision.outcome === "DISPUTED" ? "timesheet.disputed" : decision.actor ? "timesheet.approved" : "timesheet.auto-approved",
      targetType: "Contract",
      targetId: week.contractId,
      data: { weekId, minutes: week.totalMinutes, amountCents, milestoneId: milestone.id },
    });
    return { id: weekId, status: decision.outcome, milestoneId: milestone.id, amountCents };
  });
}
