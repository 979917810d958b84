import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { enqueueJobs } from "@/lib/jobs/queue";
import { audiencesOf, noticeConfirmed } from "./interview-notices";
import { INTERVIEW_SELECT, type InterviewAction, loadInterviewParty } from "./interview-party";
import { toInterviewView } from "./interview-view";
import { REMINDER_LEAD_MS } from "./remind-interview";
import type { PickInterviewSlotInput } from "./schemas";
import { readSlots } from "./slots";
import { assertAnswersProposal } from "./transitions";

/**
 * The side that did not offer the times picks one: the interview is confirmed, both sides get the
 * calendar invite, and the reminder is queued. A second pick (a double click, the other tab) is a 409.
 */
export async function pickInterviewSlot({ user, matchId, input, now, requestId }: InterviewAction<PickInterviewSlotInput>) {
  return db.$transaction(async (tx) => {
    const party = await loadInterviewParty(tx, user, matchId);
    const { interview, side, match } = party;
    if (!interview) throw conflict("No interview is arranged with this expert yet.");
    if (match.status !== "SHORTLISTED" || match.request.status === "CANCELLED")
      throw conflict("This expert is no longer on the request's open shortlist, so the interview cannot be confirmed.");
    assertAnswersProposal(interview, side, "CONFIRMED", "pick a time for");
    const picked = readSlots(interview.slots).find((slot) => slot.startsAt.getTime() === new Date(input.startsAt).getTime());
    if (!picked) throw conflict("That time is no longer offered: the times have changed. Reload to see the ones on offer.");
    if (picked.startsAt.getTime() <= now.getTime()) throw conflict("That time has already passed: ask for other times.");

    const sequence = interview.calendarSequence;
    const saved = await tx.hiringInterview.update({
      where: { id: interview.id },
      data: { status: "CONFIRMED", startsAt: picked.startsAt, durationMinutes: picked.durationMinutes, confirmedAt: now, calendarSequence: sequence + 1 },
      select: INTERVIEW_SELECT,
    });
    const confirmed = { ...saved, startsAt: picked.startsAt, durationMinutes: picked.durationMinutes };
    const audiences = await audiencesOf(tx, party, interview.clientTimeZone);
    await noticeConfirmed(tx, { ...party, interview: saved }, audiences, { method: "REQUEST", interview: confirmed, sequence, now });
    const remindAt = new Date(picked.startsAt.getTime() - REMINDER_LEAD_MS);
    if (remindAt.getTime() > now.getTime()) {
      const startsAt = picked.startsAt.toISOString();
      await enqueueJobs(tx, [
        {
          kind: "interviews.remind",
          payload: { interviewId: interview.id, startsAt },
          runAt: remindAt,
          dedupeKey: `interview-reminder:${interview.id}:${startsAt}`,
        },
      ]);
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: "interview.confirmed",
      targetType: "HiringRequest",
      targetId: match.request.id,
      data: { interviewId: interview.id, matchId: match.id, side, startsAt: picked.startsAt.toISOString(), sequence },
      requestId,
      companyId: companyOf(user),
    });
    return toInterviewView(saved, { side, timeZone: side === "CLIENT" ? interview.clientTimeZone : party.expertTimeZone }, now);
  });
}
