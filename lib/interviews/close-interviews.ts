import type { Transaction } from "@/lib/db";
import { notifyUsers } from "@/lib/notifications/notify";
import { calendarCancellation } from "./cancel-interview";
import { audiencesOf, calendarInviteFor } from "./interview-notices";
import { type InterviewParty, loadOpenInterviewsOfRequest } from "./interview-party";
import { isInterviewOver } from "./transitions";

/** Why a request's interviews end without either side cancelling them. */
export type InterviewClosure = { why: "REQUEST_CANCELLED" } | { why: "EXPERT_HIRED"; hiredMatchId: string; hiredName: string };

const STORED_REASON = {
  REQUEST_CANCELLED: "The request was cancelled.",
  ANOTHER_HIRED: "Another expert was hired for this request.",
  HIRED: "Hired without this interview.",
} as const;

/**
 * A request that is cancelled, or has hired its expert, has no use for its other interviews: each
 * open one is cancelled, both sides are told, and calendars that hold it get the update removing it.
 * The hired expert's confirmed interview stays: they may still want that call.
 */
export async function closeRequestInterviews(tx: Transaction, requestId: string, closure: InterviewClosure, now: Date) {
  for (const party of await loadOpenInterviewsOfRequest(tx, requestId)) {
    const interview = party.interview;
    if (!interview || isInterviewOver(interview, now)) continue;
    const isHired = closure.why === "EXPERT_HIRED" && party.match.id === closure.hiredMatchId;
    if (isHired && interview.status === "CONFIRMED") continue;
    const ending = closure.why === "REQUEST_CANCELLED" ? "REQUEST_CANCELLED" : isHired ? "HIRED" : "ANOTHER_HIRED";
    const calendar = calendarCancellation(interview, now);
    await tx.hiringInterview.update({
      where: { id: interview.id },
      data: {
        status: "CANCELLED",
        cancelledAt: now,
        cancelReason: STORED_REASON[ending],
        cancelledBySide: "CLIENT",
        ...(calendar ? { calendarSequence: calendar.sequence + 1 } : {}),
      },
    });
    await tellBothSides(tx, party, { ending, hiredName: closure.why === "EXPERT_HIRED" ? closure.hiredName : "" }, calendar, now);
  }
}

type Ending = { ending: keyof typeof STORED_REASON; hiredName: string };

async function tellBothSides(
  tx: Transaction,
  party: InterviewParty,
  { ending, hiredName }: Ending,
  calendar: ReturnType<typeof calendarCancellation>,
  now: Date,
) {
  const audiences = await audiencesOf(tx, party, party.interview?.clientTimeZone ?? "UTC");
  const attachments = calendar ? [await calendarInviteFor(tx, party, audiences, calendar)] : undefined;
  const { request, expertProfile } = party.match;
  const calendarNote = calendar ? "\n\nThe attached calendar update removes it from your calendar." : "";
  const dedupeKey = `interview-closed:${party.interview?.id}:${now.getTime()}`;
  await notifyUsers(tx, audiences.CLIENT.userIds, {
    kind: "interview.cancelled",
    title: `Interview cancelled: ${request.title}`,
    body: `${
      ending === "REQUEST_CANCELLED"
        ? `You cancelled “${request.title}”, so the interview with ${expertProfile.user.name} will not take place.`
        : ending === "ANOTHER_HIRED"
          ? `You hired ${hiredName} for “${request.title}”, so the interview with ${expertProfile.user.name} will not take place.`
          : `You hired ${expertProfile.user.name}, so the interview times on offer are withdrawn.`
    }${calendarNote}`,
    link: audiences.CLIENT.link,
    dedupeKey: `${dedupeKey}:client`,
    attachments,
  });
  await notifyUsers(tx, audiences.EXPERT.userIds, {
    kind: "interview.cancelled",
    title: `Interview cancelled: ${request.title}`,
    body: `${
      ending === "REQUEST_CANCELLED"
        ? `${request.company.name} cancelled “${request.title}”, so the interview will not take place.`
        : ending === "ANOTHER_HIRED"
          ? `${request.company.name} chose another expert for “${request.title}”, so the interview will not take place.`
          : `${request.company.name} hired you for “${request.title}”, so the interview times on offer are withdrawn.`
    }${calendarNote}`,
    link: audiences.EXPERT.link,
    dedupeKey: `${dedupeKey}:expert`,
    attachments,
  });
}
