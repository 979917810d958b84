import type { DisputeCategory, DisputeSide } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import type { Transaction } from "@/lib/db";
import { attachFiles } from "@/lib/files/attach-files";
import { enqueueJobs } from "@/lib/jobs/queue";
import { DAY_MS, RESPONSE_REMINDER_DAYS, responseDays } from "./config";

type CaseOpening = {
  disputeId: string;
  openerSide: DisputeSide;
  authorId: string | null;
  category: DisputeCategory;
  statement: string;
  links?: readonly string[];
  fileIds?: readonly string[];
  /** Who uploaded the files; needed only when there are files. */
  uploader?: SessionUser;
  now: Date;
};

/**
 * Turns a just-opened dispute into a case, in the opening's transaction: the opener's statement and
 * evidence, the other side's response deadline, and its timers (reminders before it, the deadline
 * itself). The timers are durable jobs queued with the opening, deduplicated per dispute.
 */
export async function startDisputeCase(tx: Transaction, opening: CaseOpening) {
  const { disputeId, now } = opening;
  const responseDueAt = new Date(now.getTime() + responseDays() * DAY_MS);
  await tx.dispute.update({ where: { id: disputeId }, data: { category: opening.category, openerSide: opening.openerSide, responseDueAt } });
  const entry = await tx.disputeEntry.create({
    data: {
      disputeId,
      kind: "OPENING",
      side: opening.openerSide,
      authorId: opening.authorId,
      text: opening.statement,
      links: [...(opening.links ?? [])],
      createdAt: now,
    },
    select: { id: true },
  });
  if (opening.fileIds?.length && opening.uploader) {
    await attachFiles(tx, { user: opening.uploader, fileIds: opening.fileIds, purpose: "DISPUTE_EVIDENCE", attach: { disputeEntryId: entry.id }, now });
  }
  const reminders = RESPONSE_REMINDER_DAYS.map((daysLeft) => ({ daysLeft, runAt: new Date(responseDueAt.getTime() - daysLeft * DAY_MS) })).filter(
    (reminder) => reminder.runAt > now,
  );
  await enqueueJobs(tx, [
    ...reminders.map(({ daysLeft, runAt }) => ({
      kind: "disputes.response-reminder" as const,
      payload: { disputeId, daysLeft: String(daysLeft) },
      runAt,
      dedupeKey: `dispute-response-reminder:${disputeId}:${daysLeft}`,
    })),
    { kind: "disputes.response-deadline" as const, payload: { disputeId }, runAt: responseDueAt, dedupeKey: `dispute-response-deadline:${disputeId}` },
  ]);
  return { responseDueAt };
}
