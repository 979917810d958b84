import type { Transaction } from "@/lib/db";
import { notifyUsers } from "@/lib/notifications/notify";
import { calendarCancellation } from "./cancel-interview";
import { audiencesOf, calendarInviteFor } from "./interview-notices";
import { type InterviewParty, loadOpenInterviews } from "./interview-party";
import { isInterviewOver } from "./transitions";

/** Why a request's interviews end without either side cancelling them. */
export type InterviewClosure = { why: "REQUEST_CANCELLED" } | { why: "EXPERT_HIRED"; hiredMatchId: string; hiredName: string };

const STORED_REASON = {
  REQUEST_CANCELLED: "The request was cancelled.",
  ANOTHER_HIRED: "Another expert was hired for this request.",
  HIRED: "Hired without this interview.",
  EXPERT_LEFT: "The expert closed their Vetted account.",
} as const;

type Ending = keyof typeof STORED_REASON;

/**
 * A request that is cancelled, or has hired its expert, has no use for its other interviews: each
 * open one is cancelled, both sides are told, and calendars that hold it get the update removing it.
 * The hired expert's confirmed interview stays: they may still want that call.
 */
export async function closeRequestInterviews(tx: Transaction, requestId: string, closure: InterviewClosure, now: Date) {
  for (const party of await loadOpenInterviews(tx, { requestId })) {
    const isHired = closure.why === "EXPERT_HIRED" && party.match.id === closure.hiredMatchId;
    if (isHired && party.interview?.status === "CONFIRMED") continue;
    const ending = closure.why === "REQUEST_CANCELLED" ? "REQUEST_CANCELLED" : isHired ? "HIRED" : "ANOTHER_HIRED";
    await closeInterview(tx, party, { ending, hiredName: closure.why === "EXPERT_HIRED" ? closure.hiredName : "" }, now);
  }
}

/** An expert who closes their account leaves every open interview: the clients are told, and their calendars cleared. */
export async function closeInterviewsOfLeavingExpert(tx: Transaction, userId: string, now: Date) {
  for (const party of await loadOpenInterviews(tx, { expertProfile: { userId } })) {
    await closeInterview(tx, party, { ending: "EXPERT_LEFT", hiredName: "" }, now);
  }
}

async function closeInterview(tx: Transaction, party: InterviewParty, { ending, hiredName }: { ending: Ending; hiredName: string }, now: Date) {
  const interview = party.interview;
  if (!interview || isInterviewOver(interview, now)) return;
  const calendar = calendarCancellation(interview, now);
  await tx.hiringInterview.update({
    where: { id: interview.id },
    data: {
      status: "CANCELLED",
      cancelledAt: now,
      cancelReason: STORED_REASON[ending],
      cancelledBySide: ending === "EXPERT_LEFT" ? "EXPERT" : "CLIENT",
      ...(calendar ? { calendarSequence: calendar.sequence + 1 } : {}),
    },
  });
  const audiences = await audiencesOf(tx, party, interview.clientTimeZone);
  const attachments = calendar ? [await calendarInviteFor(tx, party, audiences, calendar)] : undefined;
  const { request, expertProfile } = party.match;
  const calendarNote = calendar ? "\n\nThe attached calendar update removes it from your calendar." : "";
  const dedupeKey = `interview-closed:${interview.id}:${now.getTime()}`;
  await notifyUsers(tx, audiences.CLIENT.userIds, {
    kind: "interview.cancelled",
    title: `Interview cancelled: ${request.title}`,
    body: `${
      ending === "REQUEST_CANCELLED"
        ? `You cancelled “${request.title}”, so the interview with ${expertProfile.user.name} will not take place.`
        : ending === "ANOTHER_HIRED"
          ? `You hired ${hiredName} for “${request.title}”, so the interview with ${expertProfile.user.name} will not take place.`
          : ending === "HIRED"
            ? `You hired ${expertProfile.user.name}, so the interview times on offer are withdrawn.`
            : `An expert you were to interview for “${request.title}” closed their Vetted account, so the interview will not take place.`
    }${calendarNote}`,
    link: audiences.CLIENT.link,
    dedupeKey: `${dedupeKey}:client`,
    attachments,
  });
  if (ending === "EXPERT_LEFT") return;
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
