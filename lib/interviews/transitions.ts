import type { HiringInterviewSide, HiringInterviewStatus } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";

// The life of an interview between a client and a shortlisted expert. One side's slots are on the
// table (PROPOSED); the other side picks one (CONFIRMED) or asks for other times; either side may
// offer new slots (a reschedule, back to PROPOSED) or cancel. A cancelled interview can be proposed
// again. Changes are made with the match row locked, so of two concurrent answers one wins and the
// other is told why it came too late.

export type InterviewStatus = HiringInterviewStatus;
export type InterviewSide = HiringInterviewSide;

export const INTERVIEW_TRANSITIONS: Record<InterviewStatus, readonly InterviewStatus[]> = {
  // PROPOSED → PROPOSED: the slots are replaced (by their proposer, or a counter-offer from the other side).
  PROPOSED: ["CONFIRMED", "OTHER_TIMES_REQUESTED", "PROPOSED", "CANCELLED"],
  OTHER_TIMES_REQUESTED: ["PROPOSED", "CANCELLED"],
  CONFIRMED: ["PROPOSED", "CANCELLED"],
  CANCELLED: ["PROPOSED"],
};

const STATUS_WORDS: Record<InterviewStatus, string> = {
  PROPOSED: "waiting for a time to be picked",
  OTHER_TIMES_REQUESTED: "waiting for other times to be offered",
  CONFIRMED: "already confirmed",
  CANCELLED: "cancelled",
};

export const otherSide = (side: InterviewSide): InterviewSide => (side === "CLIENT" ? "EXPERT" : "CLIENT");

export const canChangeInterview = (from: InterviewStatus, to: InterviewStatus) => INTERVIEW_TRANSITIONS[from].includes(to);

export function assertInterviewTransition(from: InterviewStatus, to: InterviewStatus, action: string) {
  if (!canChangeInterview(from, to)) throw new AppError("CONFLICT", `This interview is ${STATUS_WORDS[from]}, so you cannot ${action} it.`);
}

/** A confirmed interview whose end has passed is done: nothing about it changes any more. */
export const isInterviewOver = (interview: { status: InterviewStatus; startsAt: Date | null; durationMinutes: number | null }, now: Date) =>
  interview.status === "CONFIRMED" && interview.startsAt !== null && interview.startsAt.getTime() + (interview.durationMinutes ?? 0) * 60_000 <= now.getTime();

export function assertNotOver(interview: Parameters<typeof isInterviewOver>[0], now: Date, action: string) {
  if (isInterviewOver(interview, now)) throw new AppError("CONFLICT", `This interview has already taken place, so you cannot ${action} it.`);
}

/** Only the side whose slots are not on the table picks one, or asks for other times. */
export function assertAnswersProposal(
  interview: { status: InterviewStatus; proposedBySide: InterviewSide },
  side: InterviewSide,
  to: "CONFIRMED" | "OTHER_TIMES_REQUESTED",
  action: string,
) {
  assertInterviewTransition(interview.status, to, action);
  if (interview.proposedBySide === side) {
    throw new AppError("CONFLICT", "You offered these times yourself: the other side picks one. You can offer different times or cancel.");
  }
}
