import type { Prisma } from "@/generated/prisma/client";
import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, conflict } from "@/lib/errors";
import { audiencesOf, noticeTimesOffered } from "./interview-notices";
import { INTERVIEW_SELECT, loadInterviewParty } from "./interview-party";
import { toInterviewView } from "./interview-view";
import type { ProposeInterviewInput, RescheduleInterviewInput } from "./schemas";
import { resolveSlots, storeSlots } from "./slots";
import { assertInterviewTransition, assertNotOver } from "./transitions";

type Offer = { user: SessionUser; matchId: string; now: Date; requestId?: string | null };

/**
 * The client proposes an interview to a shortlisted expert: up to three times and the call link. A
 * cancelled interview may be proposed again (its calendar entry is replaced by the next invite).
 */
export function proposeInterview(options: Offer & { input: ProposeInterviewInput }) {
  return offerTimes({ ...options, isNew: true });
}

/** Either side offers new times: a reschedule of a confirmed interview, an answer to "other times", or a counter-offer. */
export function rescheduleInterview(options: Offer & { input: RescheduleInterviewInput }) {
  return offerTimes({ ...options, isNew: false });
}

async function offerTimes({ user, matchId, now, input, isNew, requestId }: Offer & { input: RescheduleInterviewInput; isNew: boolean }) {
  return db.$transaction(async (tx) => {
    const party = await loadInterviewParty(tx, user, matchId);
    const { interview, side, match } = party;
    if (isNew && side !== "CLIENT") throw new AppError("FORBIDDEN", "The client proposes an interview; you can offer new times once it is proposed.");
    if (match.status !== "SHORTLISTED" || match.request.status === "CANCELLED") {
      throw conflict("This expert is no longer on the request's open shortlist, so no interview can be arranged.");
    }
    if (isNew && interview && interview.status !== "CANCELLED") {
      throw conflict("An interview with this expert is already arranged: reschedule it instead.");
    }
    if (!isNew) {
      if (!interview) throw conflict("No interview is arranged with this expert yet: propose one first.");
      assertInterviewTransition(interview.status, "PROPOSED", "offer new times for");
      assertNotOver(interview, now, "reschedule");
    }
    if (input.callUrl && side !== "CLIENT") throw new AppError("FORBIDDEN", "The client provides the call link; offer new times only.");
    const callUrl = input.callUrl ?? interview?.callUrl;
    if (!callUrl) throw new AppError("VALIDATION_FAILED", "Give the call link.", { fields: { callUrl: ["Give the call link."] } });

    const slots = resolveSlots(input.slots, input.timeZone, now);
    const clientTimeZone = side === "CLIENT" ? input.timeZone : (interview?.clientTimeZone ?? input.timeZone);
    const wasConfirmed = interview?.status === "CONFIRMED";
    // startsAt stays: it is what calendars hold until a new time is picked (a cancel then removes it).
    const data = {
      status: "PROPOSED",
      proposedBySide: side,
      slots: storeSlots(slots) as Prisma.InputJsonValue,
      clientTimeZone,
      callUrl,
      note: input.note || null,
      otherTimesNote: null,
      cancelledAt: null,
      cancelReason: null,
      cancelledBySide: null,
    } as const;
    const saved = interview
      ? await tx.hiringInterview.update({ where: { id: interview.id }, data, select: INTERVIEW_SELECT })
      : await tx.hiringInterview.create({ data: { ...data, matchId: match.id }, select: INTERVIEW_SELECT });

    const audiences = await audiencesOf(tx, party, clientTimeZone);
    await noticeTimesOffered(tx, { ...party, interview: saved }, audiences, slots, `${saved.id}:${now.getTime()}`);
    await recordAudit(tx, {
      actorId: user.id,
      action: interview && interview.status !== "CANCELLED" ? "interview.rescheduled" : "interview.proposed",
      targetType: "HiringRequest",
      targetId: match.request.id,
      data: { interviewId: saved.id, matchId: match.id, side, slots: storeSlots(slots), wasConfirmed },
      requestId,
      companyId: companyOf(user),
    });
    return toInterviewView(saved, { side, timeZone: side === "CLIENT" ? clientTimeZone : party.expertTimeZone }, now);
  });
}
