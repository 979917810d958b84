import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { audiencesOf, type Calendar, noticeCancelled } from "./interview-notices";
import { INTERVIEW_SELECT, type InterviewAction, type InterviewRow, loadInterviewParty } from "./interview-party";
import { toInterviewView } from "./interview-view";
import type { CancelInterviewInput } from "./schemas";
import { assertInterviewTransition, assertNotOver } from "./transitions";

/** Either side cancels, with an optional reason; a confirmed interview leaves both calendars (METHOD:CANCEL). */
export async function cancelInterview({ user, matchId, input, now, requestId }: InterviewAction<CancelInterviewInput>) {
  return db.$transaction(async (tx) => {
    const party = await loadInterviewParty(tx, user, matchId);
    const { interview, side, match } = party;
    if (!interview) throw conflict("No interview is arranged with this expert.");
    assertInterviewTransition(interview.status, "CANCELLED", "cancel");
    assertNotOver(interview, now, "cancel");
    const reason = input.reason || null;
    const calendar = calendarCancellation(interview, now);
    const saved = await tx.hiringInterview.update({
      where: { id: interview.id },
      data: {
        status: "CANCELLED",
        cancelledAt: now,
        cancelReason: reason,
        cancelledBySide: side,
        ...(calendar ? { calendarSequence: calendar.sequence + 1 } : {}),
      },
      select: INTERVIEW_SELECT,
    });
    await noticeCancelled(tx, party, await audiencesOf(tx, party, interview.clientTimeZone), reason, { calendar, round: `${interview.id}:${now.getTime()}` });
    await recordAudit(tx, {
      actorId: user.id,
      action: "interview.cancelled",
      targetType: "HiringRequest",
      targetId: match.request.id,
      data: { interviewId: interview.id, matchId: match.id, side, reason },
      requestId,
      companyId: companyOf(user),
    });
    return toInterviewView(saved, { side, timeZone: side === "CLIENT" ? interview.clientTimeZone : party.expertTimeZone }, now);
  });
}

/**
 * The calendar update that removes a cancelled interview, or null when no calendar holds it. Calendars
 * hold an interview once an invite was sent for it: confirmed now, or confirmed earlier and being rescheduled.
 */
export function calendarCancellation(interview: InterviewRow, now: Date): Calendar | null {
  const { startsAt, durationMinutes, calendarSequence: sequence } = interview;
  if (sequence === 0 || !startsAt || !durationMinutes) return null;
  return { method: "CANCEL", interview: { ...interview, startsAt, durationMinutes }, sequence, now };
}
