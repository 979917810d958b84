import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { type MatchingConfig, matchingConfig } from "@/lib/matching/config";
import { DEFAULT_PERIOD_DAYS } from "./schemas";
import { acceptedCountOf, countMatches, type MatchCounts, slaFlags } from "./sla-flags";
import { measureTimeToShortlist } from "./time-to-shortlist";

const DAY_MS = 86_400_000;
// Matched requests stay on the board for a day: hand-picks still land there.
const RECENTLY_MATCHED_MS = DAY_MS;
const MATCHING_SHOWN = 200;
const RECENTLY_MATCHED_SHOWN = 50;

const ROW_SELECT = {
  id: true,
  title: true,
  status: true,
  submittedAt: true,
  matchDeadline: true,
  shortlistedAt: true,
  slaBreached: true,
  isReplacement: true,
  company: { select: { name: true } },
} satisfies Prisma.HiringRequestSelect;

type BoardRequest = Prisma.HiringRequestGetPayload<{ select: typeof ROW_SELECT }>;

export type SlaBoard = Awaited<ReturnType<typeof getSlaBoard>>;
export type SlaBoardRow = SlaBoard["requests"][number];

/**
 * Admins only: requests being matched (nearest deadline first), then those matched in the last day,
 * with acceptance counts and risk flags; and time-to-shortlist statistics over `periodDays`.
 */
export async function getSlaBoard(options: { user: SessionUser; periodDays?: number; now?: Date; config?: MatchingConfig }) {
  const { user, periodDays = DEFAULT_PERIOD_DAYS, now = clockNow() } = options;
  if (user.role !== "ADMIN") throw forbidden("Only admins see the SLA board.");
  const config = options.config ?? matchingConfig();
  const from = new Date(now.getTime() - periodDays * DAY_MS);
  const byDeadline: Prisma.HiringRequestOrderByWithRelationInput[] = [{ matchDeadline: { sort: "asc", nulls: "last" } }, { id: "asc" }];

  const [matching, recentlyMatched, timeToShortlist, breachedCount] = await Promise.all([
    db.hiringRequest.findMany({ where: { status: "MATCHING" }, orderBy: byDeadline, take: MATCHING_SHOWN, select: ROW_SELECT }),
    db.hiringRequest.findMany({
      where: { status: "MATCHED", shortlistedAt: { gte: new Date(now.getTime() - RECENTLY_MATCHED_MS), lte: now } },
      orderBy: byDeadline,
      take: RECENTLY_MATCHED_SHOWN,
      select: ROW_SELECT,
    }),
    measureTimeToShortlist({ from, to: now, windowMs: config.matchWindowMs }),
    db.hiringRequest.count({ where: { slaBreached: true, submittedAt: { gte: from, lte: now } } }),
  ]);
  const requests = [...matching, ...recentlyMatched];
  const counts = await countMatches(requests.map((request) => request.id));

  return {
    now,
    shortlistSize: config.shortlistSize,
    matchWindowMs: config.matchWindowMs,
    atRiskLeadMs: config.atRiskLeadMs,
    requests: requests.map((request) => toRow(request, counts.get(request.id) ?? {}, now, config)),
    statistics: { periodDays, from, to: now, ...timeToShortlist, breachedCount },
  };
}

function toRow({ company, slaBreached, ...request }: BoardRequest, counts: MatchCounts, now: Date, config: MatchingConfig) {
  const acceptedCount = acceptedCountOf(counts);
  const { millisecondsLeft, isAtRisk, isBreached } = slaFlags({ ...request, slaBreached }, acceptedCount, now, config);
  return {
    ...request,
    status: request.status as "MATCHING" | "MATCHED",
    companyName: company.name,
    millisecondsLeft,
    acceptedCount,
    pendingCount: counts.INVITED ?? 0,
    invitedCount: Object.values(counts).reduce((total, count) => total + count, 0),
    isAtRisk,
    isBreached,
    // Admins may step in at any time while a request is matching; at-risk and breached rows are only highlighted.
    canHandPick: request.status === "MATCHING" || acceptedCount < config.shortlistSize,
  };
}
