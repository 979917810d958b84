import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { audiencesOf, noticeOtherTimesRequested } from "./interview-notices";
import { INTERVIEW_SELECT, type InterviewAction, loadInterviewParty } from "./interview-party";
import { toInterviewView } from "./interview-view";
import type { RequestOtherTimesInput } from "./schemas";
import { assertAnswersProposal } from "./transitions";

/** None of the offered times suits the side that picks: the other side is asked for new ones. */
export async function requestOtherTimes({ user, matchId, input, now, requestId }: InterviewAction<RequestOtherTimesInput>) {
  return db.$transaction(async (tx) => {
    const party = await loadInterviewParty(tx, user, matchId);
    const { interview, side, match } = party;
    if (!interview) throw conflict("No interview is arranged with this expert yet.");
    assertAnswersProposal(interview, side, "OTHER_TIMES_REQUESTED", "ask for other times for");
    const note = input.note || null;
    const saved = await tx.hiringInterview.update({
      where: { id: interview.id },
      data: { status: "OTHER_TIMES_REQUESTED", otherTimesNote: note },
      select: INTERVIEW_SELECT,
    });
    await noticeOtherTimesRequested(tx, party, await audiencesOf(tx, party, interview.clientTimeZone), note, `${interview.id}:${now.getTime()}`);
    await recordAudit(tx, {
      actorId: user.id,
      action: "interview.other-times-requested",
      targetType: "HiringRequest",
      targetId: match.request.id,
      data: { interviewId: interview.id, matchId: match.id, side },
      requestId,
      companyId: companyOf(user),
    });
    return toInterviewView(saved, { side, timeZone: side === "CLIENT" ? interview.clientTimeZone : party.expertTimeZone }, now);
  });
}
