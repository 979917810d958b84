import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { SHORTLIST_STATUSES } from "@/lib/parties/shortlist-statuses";
import { memberOfCompany } from "@/lib/parties/sides";
import { can } from "@/lib/teams/permissions";
import { INTERVIEW_SELECT } from "./interview-party";
import { type InterviewView, toInterviewView } from "./interview-view";

/**
 * The interviews on a request's shortlist, by match, as the client side sees them (in the zone the
 * client entered the times in). Only members who manage requests take part, so only they see them.
 */
export async function interviewsForRequest({ user, requestId, now }: { user: SessionUser; requestId: string; now: Date }) {
  if (!can(user, "manageRequests")) return {};
  const rows = await db.hiringInterview.findMany({
    where: { match: { requestId, status: { in: [...SHORTLIST_STATUSES] }, request: { company: memberOfCompany(user, "manageRequests") } } },
    select: { ...INTERVIEW_SELECT, matchId: true },
  });
  return Object.fromEntries(
    rows.map(({ matchId, ...row }) => [matchId, toInterviewView(row, { side: "CLIENT", timeZone: row.clientTimeZone }, now)]),
  ) as Record<string, InterviewView>;
}

export type ExpertInterview = { matchId: string; requestTitle: string; companyName: string; interview: InterviewView };

const SHOWN = 20;

/** The signed-in expert's interviews, latest change first, in their profile's time zone. */
export async function listExpertInterviews({ user, now }: { user: SessionUser; now: Date }): Promise<{ timeZone: string; interviews: ExpertInterview[] }> {
  if (user.role !== "EXPERT") return { timeZone: "UTC", interviews: [] };
  const [profile, rows] = await Promise.all([
    db.expertProfile.findUnique({ where: { userId: user.id }, select: { timezone: true } }),
    db.hiringInterview.findMany({
      where: { match: { status: { in: [...SHORTLIST_STATUSES] }, expertProfile: { userId: user.id } } },
      orderBy: { updatedAt: "desc" },
      take: SHOWN,
      select: { ...INTERVIEW_SELECT, match: { select: { id: true, request: { select: { title: true, company: { select: { name: true } } } } } } },
    }),
  ]);
  const timeZone = profile?.timezone ?? "UTC";
  return {
    timeZone,
    interviews: rows.map(({ match, ...row }) => ({
      matchId: match.id,
      requestTitle: match.request.title,
      companyName: match.request.company.name,
      interview: toInterviewView(row, { side: "EXPERT", timeZone }, now),
    })),
  };
}
