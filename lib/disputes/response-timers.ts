import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import type { JobPayload } from "@/lib/jobs/kinds";
import { notifyAdmins, notifyUsers } from "@/lib/notifications/notify";
import { otherSide } from "./access";
import { adminCaseLink, bothSides, caseLink, sideRecipients } from "./recipients";

// The response deadline's timers. Each acts only while the case still waits on the other side's
// response; each leaves one mark on the case's timeline, whose unique timer key makes a replayed job
// (a worker crash, a retry) do nothing more.

const WAITING = { status: "OPEN", respondedAt: null, readyForDecisionAt: null } as const;

const waitingCase = (disputeId: string) =>
  db.dispute.findFirst({
    where: { id: disputeId, ...WAITING, openerSide: { not: null } },
    select: { id: true, contractId: true, openerSide: true, responseDueAt: true, contract: { select: { title: true } } },
  });

export async function sendResponseReminder({ disputeId, daysLeft }: JobPayload<"disputes.response-reminder">, now: Date) {
  const dispute = await waitingCase(disputeId);
  if (!dispute?.openerSide || !dispute.responseDueAt) return;
  const { openerSide, responseDueAt } = dispute;
  await db.$transaction(async (tx) => {
    const { count } = await tx.disputeEntry.createMany({
      data: [{ disputeId, kind: "REMINDER", side: otherSide(openerSide), timerKey: `reminder:${daysLeft}`, createdAt: now }],
      skipDuplicates: true,
    });
    if (!count) return;
    const days = daysLeft === "1" ? "1 day" : `${daysLeft} days`;
    await notifyUsers(tx, await sideRecipients(tx, dispute.contractId, otherSide(openerSide)), {
      kind: "dispute.response-reminder",
      title: `Respond to the dispute on "${dispute.contract.title}": ${days} left`,
      body: `Add your statement and evidence by ${formatDateTime(responseDueAt)} UTC. Without a response, an admin decides on what the other side submitted.`,
      link: caseLink(dispute.contractId),
      dedupeKey: `dispute-response-reminder:${disputeId}:${daysLeft}`,
    });
    await recordAudit(tx, { actorId: null, action: "dispute.reminder-sent", targetType: "Dispute", targetId: disputeId, data: { daysLeft: Number(daysLeft) } });
  });
}

/** The deadline passed in silence: the case goes to an admin's decision on what was submitted. */
export async function closeResponseWindow({ disputeId }: JobPayload<"disputes.response-deadline">, now: Date) {
  const dispute = await waitingCase(disputeId);
  if (!dispute?.responseDueAt || dispute.responseDueAt > now) return;
  await db.$transaction(async (tx) => {
    const { count } = await tx.dispute.updateMany({ where: { id: disputeId, ...WAITING }, data: { readyForDecisionAt: now } });
    if (!count) return;
    await tx.disputeEntry.createMany({
      data: [{ disputeId, kind: "DEADLINE_PASSED", side: dispute.openerSide && otherSide(dispute.openerSide), timerKey: "deadline", createdAt: now }],
      skipDuplicates: true,
    });
    await notifyUsers(tx, await bothSides(tx, dispute.contractId), {
      kind: "dispute.response-missed",
      title: `Dispute on "${dispute.contract.title}": no response in time`,
      body: "The response deadline passed without a response. An admin now decides on what was submitted; either side may still add evidence until then.",
      link: caseLink(dispute.contractId),
      dedupeKey: `dispute-response-missed:${disputeId}`,
    });
    await notifyAdmins(tx, {
      kind: "dispute.ready",
      title: `Dispute ready to decide: ${dispute.contract.title}`,
      body: "The other side did not respond by the deadline; decide on what was submitted.",
      link: adminCaseLink(disputeId),
      dedupeKey: `dispute-ready:${disputeId}`,
    });
    await recordAudit(tx, { actorId: null, action: "dispute.response-missed", targetType: "Dispute", targetId: disputeId });
  });
}
