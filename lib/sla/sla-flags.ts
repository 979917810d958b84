import type { MatchStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import type { MatchingConfig } from "@/lib/matching/config";

// The matching SLA's rule, for the SLA board and the metrics: a request being matched is breached once
// its deadline passed (or it was flagged), and at risk when its deadline is nearer than the at-risk
// lead and it does not yet have a full shortlist of acceptances.

export const ACCEPTED_STATUSES: MatchStatus[] = ["ACCEPTED", "SHORTLISTED", "HIRED", "PASSED"];

export type MatchCounts = Partial<Record<MatchStatus, number>>;

type SlaSubject = { status: string; matchDeadline: Date | null; slaBreached: boolean };

export function slaFlags(request: SlaSubject, acceptedCount: number, now: Date, config: Pick<MatchingConfig, "atRiskLeadMs" | "shortlistSize">) {
  const millisecondsLeft = request.matchDeadline ? request.matchDeadline.getTime() - now.getTime() : null;
  const isMatching = request.status === "MATCHING";
  const isPastDeadline = millisecondsLeft !== null && millisecondsLeft <= 0;
  const isBreached = request.slaBreached || (isMatching && isPastDeadline);
  const isAtRisk = isMatching && !isBreached && millisecondsLeft !== null && millisecondsLeft < config.atRiskLeadMs && acceptedCount < config.shortlistSize;
  return { millisecondsLeft, isAtRisk, isBreached };
}

export const acceptedCountOf = (counts: MatchCounts) => ACCEPTED_STATUSES.reduce((total, status) => total + (counts[status] ?? 0), 0);

/** Each request's matches counted by status. */
export async function countMatches(requestIds: string[]) {
  const groups = await db.match.groupBy({ by: ["requestId", "status"], where: { requestId: { in: requestIds } }, _count: { _all: true } });
  const counts = new Map<string, MatchCounts>();
  for (const group of groups) {
    const forRequest = counts.get(group.requestId) ?? {};
    forRequest[group.status] = group._count._all;
    counts.set(group.requestId, forRequest);
  }
  return counts;
}
