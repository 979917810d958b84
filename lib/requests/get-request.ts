import type { MatchStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { matchingConfig, type MatchingConfig } from "@/lib/matching/config";
import { assertClient, ownRequestWhere } from "./access";
import { isUnsetBudget, isUnsetText } from "./draft-columns";
import { findShortlist } from "./shortlist";

export type RequestDetail = Awaited<ReturnType<typeof getRequest>>;

const ACCEPTED_STATUSES: readonly MatchStatus[] = ["ACCEPTED", "SHORTLISTED", "HIRED", "PASSED"];
const UNAVAILABLE_STATUSES: readonly MatchStatus[] = ["DECLINED", "EXPIRED"];

/**
 * One of the company's requests with its matching progress (counts only) and, once delivered, the
 * shortlist with why each expert was matched. Another company's request is not found.
 */
export async function getRequest(options: { user: SessionUser; requestId: string; now: Date; config?: MatchingConfig }) {
  const { user, requestId, now } = options;
  assertClient(user);
  const request = await db.hiringRequest.findFirst({
    where: ownRequestWhere(user, requestId),
    select: {
      id: true,
      title: true,
      description: true,
      status: true,
      slaBreached: true,
      engagement: true,
      currency: true,
      budgetMinCents: true,
      budgetMaxCents: true,
      startDate: true,
      durationWeeks: true,
      hoursPerWeek: true,
      timezone: true,
      minOverlapHours: true,
      createdAt: true,
      submittedAt: true,
      matchDeadline: true,
      shortlistedAt: true,
      cancelledAt: true,
      skills: { select: { skillId: true, isRequired: true, minYears: true, skill: { select: { name: true } } }, orderBy: { skill: { name: "asc" } } },
    },
  });
  if (!request) throw notFound("Request");

  const [matchCounts, shortlist] = await Promise.all([
    db.match.groupBy({ by: ["status", "isHandPicked"], where: { requestId }, _count: { _all: true } }),
    findShortlist({ id: requestId, skillIds: new Set(request.skills.map((skill) => skill.skillId)) }, user.id),
  ]);
  // Hand-picked experts were never invited, so they count as accepted but not as invitations.
  const count = (statuses: readonly MatchStatus[], { isInvitation = false } = {}) =>
    matchCounts
      .filter((row) => statuses.includes(row.status) && !(isInvitation && row.isHandPicked))
      .reduce((sum, row) => sum + row._count._all, 0);

  const { skills, ...fields } = request;
  return {
    ...fields,
    budgetMaxCents: isUnsetBudget(request.budgetMaxCents) ? null : request.budgetMaxCents,
    timezone: isUnsetText(request.timezone) ? null : request.timezone,
    requiredSkills: skills.filter((skill) => skill.isRequired).map(({ skillId, minYears, skill }) => ({ skillId, name: skill.name, minYears })),
    niceToHaveSkills: skills.filter((skill) => !skill.isRequired).map(({ skillId, skill }) => ({ skillId, name: skill.name })),
    progress: {
      acceptedCount: count(ACCEPTED_STATUSES),
      shortlistSize: (options.config ?? matchingConfig()).shortlistSize,
      pendingInvitationCount: count(["INVITED"]),
      invitedCount: count([...ACCEPTED_STATUSES, ...UNAVAILABLE_STATUSES, "INVITED"], { isInvitation: true }),
      unavailableCount: count(UNAVAILABLE_STATUSES),
      millisecondsLeft: request.matchDeadline ? Math.max(0, request.matchDeadline.getTime() - now.getTime()) : null,
    },
    shortlist,
  };
}
