import { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import type { Transaction } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import { SHORTLIST_STATUSES } from "@/lib/parties/shortlist-statuses";
import { memberOfCompany } from "@/lib/parties/sides";
import { assertCan } from "@/lib/teams/assert-can";
import type { InterviewSide } from "./transitions";

/** What every interview action is given: who acts, on which shortlisted match, with what, and when. */
export type InterviewAction<Input> = { user: SessionUser; matchId: string; input: Input; now: Date; requestId?: string | null };

// Who takes part in a shortlisted expert's interview: the request's company members who may manage
// its requests, and the expert. Everyone else finds no such match (a 404 that says nothing more).

export const INTERVIEW_SELECT = {
  id: true,
  status: true,
  proposedBySide: true,
  slots: true,
  clientTimeZone: true,
  callUrl: true,
  note: true,
  otherTimesNote: true,
  startsAt: true,
  durationMinutes: true,
  confirmedAt: true,
  cancelledAt: true,
  cancelReason: true,
  cancelledBySide: true,
  calendarSequence: true,
} satisfies Prisma.HiringInterviewSelect;

export type InterviewRow = Prisma.HiringInterviewGetPayload<{ select: typeof INTERVIEW_SELECT }>;

const MATCH_SELECT = {
  id: true,
  status: true,
  request: { select: { id: true, title: true, status: true, companyId: true, company: { select: { name: true } } } },
  expertProfile: { select: { timezone: true, user: { select: { id: true, name: true, email: true } } } },
  interview: { select: INTERVIEW_SELECT },
} satisfies Prisma.MatchSelect;

export type InterviewParty = {
  side: InterviewSide;
  match: Prisma.MatchGetPayload<{ select: typeof MATCH_SELECT }>;
  interview: InterviewRow | null;
  /** The expert's own zone (their profile's), in which they see and enter times. */
  expertTimeZone: string;
};

export function partyMatchWhere(user: SessionUser, matchId: string): Prisma.MatchWhereInput {
  const onShortlist = { id: matchId, status: { in: [...SHORTLIST_STATUSES] } };
  if (user.role === "CLIENT") return { ...onShortlist, request: { company: memberOfCompany(user, "manageRequests") } };
  return { ...onShortlist, expertProfile: { userId: user.id } };
}

/**
 * The match and its interview as one of its parties sees it, with the match row locked for the rest of
 * the transaction: every change to one interview happens one after another.
 */
export async function loadInterviewParty(tx: Transaction, user: SessionUser, matchId: string): Promise<InterviewParty> {
  if (user.role === "CLIENT") assertCan(user, "manageRequests");
  else if (user.role !== "EXPERT") throw forbidden("Only the client and the shortlisted expert take part in an interview.");
  const found = await tx.match.findFirst({ where: partyMatchWhere(user, matchId), select: { id: true } });
  if (!found) throw notFound("Shortlisted expert");
  await tx.$queryRaw(Prisma.sql`SELECT id FROM matches WHERE id = ${found.id} FOR UPDATE`);
  const match = await tx.match.findUniqueOrThrow({ where: { id: found.id }, select: MATCH_SELECT });
  return {
    side: user.role === "CLIENT" ? "CLIENT" : "EXPERT",
    match,
    interview: match.interview,
    expertTimeZone: match.expertProfile.timezone ?? "UTC",
  };
}

/**
 * The interviews still open (not cancelled) on the matches `where` finds, each with its match locked,
 * as their client side sees them: what a request's end, or an expert's leaving, has to close.
 */
export async function loadOpenInterviews(tx: Transaction, where: Prisma.MatchWhereInput): Promise<InterviewParty[]> {
  const open = { ...where, interview: { status: { not: "CANCELLED" as const } } };
  const ids = (await tx.match.findMany({ where: open, select: { id: true }, orderBy: { id: "asc" } })).map((match) => match.id);
  if (!ids.length) return [];
  await tx.$queryRaw(Prisma.sql`SELECT id FROM matches WHERE id IN (${Prisma.join(ids)}) ORDER BY id FOR UPDATE`);
  const matches = await tx.match.findMany({ where: { ...open, id: { in: ids } }, select: MATCH_SELECT, orderBy: { id: "asc" } });
  return matches.map((match) => ({ side: "CLIENT", match, interview: match.interview, expertTimeZone: match.expertProfile.timezone ?? "UTC" }));
}
