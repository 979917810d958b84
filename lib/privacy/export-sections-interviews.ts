import type { Transaction } from "@/lib/db";
import { db } from "@/lib/db";
import { closeInterviewsOfLeavingExpert } from "@/lib/interviews/close-interviews";
import { INTERVIEW_SELECT } from "@/lib/interviews/interview-party";

// Interviews between a client and a shortlisted expert (lib/interviews): in the export of the expert,
// and of the client who raised the request; erased from the expert's side when they delete their account.

// The interview's own fields as the product reads them, less the calendar bookkeeping, and who it was with.
const INTERVIEW_EXPORT = {
  ...INTERVIEW_SELECT,
  calendarSequence: false,
  createdAt: true,
  match: {
    select: { request: { select: { title: true, company: { select: { name: true } } } }, expertProfile: { select: { user: { select: { name: true } } } } },
  },
} as const;

export async function interviewsSection(userId: string) {
  const rows = await db.hiringInterview.findMany({
    where: { OR: [{ match: { expertProfile: { userId } } }, { match: { request: { createdById: userId } } }] },
    orderBy: { createdAt: "asc" },
    select: INTERVIEW_EXPORT,
  });
  return rows.map(({ match, ...interview }) => ({
    ...interview,
    request: match.request.title,
    company: match.request.company.name,
    expert: match.expertProfile.user.name,
  }));
}

/**
 * A deleted expert's interviews end: open ones are cancelled (the client is told why, and a calendar
 * holding one gets the update removing it), and what the expert wrote (their note with times they
 * offered, their message asking for other times) is erased.
 */
export async function closeInterviewsOfDeletedExpert(tx: Transaction, userId: string, now: Date) {
  await closeInterviewsOfLeavingExpert(tx, userId, now);
  const onTheirMatches = { match: { expertProfile: { userId } } };
  await tx.hiringInterview.updateMany({ where: { ...onTheirMatches, proposedBySide: "EXPERT" }, data: { note: null } });
  await tx.hiringInterview.updateMany({ where: { ...onTheirMatches, proposedBySide: "CLIENT" }, data: { otherTimesNote: null } });
}
