import type { Engagement, MatchStatus, RequestStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { readRows } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { type SummarizableFile, toFileSummary } from "@/lib/files/serialize";
import { type MatchingConfig, matchingConfig } from "@/lib/matching/config";
import { SHORTLIST_STATUSES } from "@/lib/parties/shortlist-statuses";
import { assertClient } from "./access";
import { isUnsetBudget, isUnsetText } from "./draft-columns";
import { type ShortlistRow, toShortlistEntry } from "./shortlist";

export type RequestDetail = Awaited<ReturnType<typeof getRequest>>;

const ACCEPTED_STATUSES: readonly MatchStatus[] = ["ACCEPTED", "SHORTLISTED", "HIRED", "PASSED"];
const UNAVAILABLE_STATUSES: readonly MatchStatus[] = ["DECLINED", "EXPIRED"];

type RequestRow = {
  id: string;
  title: string;
  description: string;
  status: RequestStatus;
  slaBreached: boolean;
  engagement: Engagement;
  currency: string;
  budgetMinCents: number | null;
  budgetMaxCents: number;
  budgetTolerancePercent: number;
  startDate: Date | null;
  durationWeeks: number | null;
  hoursPerWeek: number | null;
  timezone: string;
  minOverlapHours: number;
  createdAt: Date;
  submittedAt: Date | null;
  matchDeadline: Date | null;
  shortlistedAt: Date | null;
  cancelledAt: Date | null;
  skills: { skillId: string; name: string; isRequired: boolean; minYears: number }[];
  matchCounts: { status: MatchStatus; isHandPicked: boolean; count: number }[];
  shortlist: ShortlistRow[];
  files: SummarizableFile[];
};

/**
 * One of the company's requests with its matching progress (counts only) and, once delivered, the
 * shortlist with why each expert was matched. Another company's request is not found: membership of
 * the owning company is part of the query. One round trip, not through Prisma: the API's hottest read.
 */
export async function getRequest(options: { user: SessionUser; requestId: string; now: Date; config?: MatchingConfig }) {
  const { user, requestId, now } = options;
  assertClient(user);
  const [request] = await readRows<RequestRow>`
    SELECT r.id, r.title, r.description, r.status, r."slaBreached", r.engagement, r.currency, r."budgetMinCents",
      r."budgetMaxCents", r."budgetTolerancePercent", r."startDate", r."durationWeeks", r."hoursPerWeek", r.timezone, r."minOverlapHours",
      r."createdAt", r."submittedAt", r."matchDeadline", r."shortlistedAt", r."cancelledAt",
      (SELECT coalesce(json_agg(json_build_object('skillId', rs."skillId", 'name', s.name, 'isRequired', rs."isRequired", 'minYears', rs."minYears") ORDER BY s.name), '[]')
        FROM request_skills rs JOIN skills s ON s.id = rs."skillId" WHERE rs."requestId" = r.id) AS skills,
      -- In the order of ATTACHED_FILES (lib/attachments/summary.ts).
      (SELECT coalesce(json_agg(json_build_object('id', f.id, 'name', f.name, 'size', f.size, 'contentType', f."contentType", 'thumbnailKey', f."thumbnailKey")
          ORDER BY f."createdAt", f.id), '[]')
        FROM stored_files f WHERE f."requestId" = r.id) AS files,
      (SELECT coalesce(json_agg(json_build_object('status', c.status, 'isHandPicked', c."isHandPicked", 'count', c.count)), '[]')
        FROM (SELECT status, "isHandPicked", count(*) FROM matches WHERE "requestId" = r.id GROUP BY 1, 2) c) AS "matchCounts",
      (SELECT coalesce(json_agg(json_build_object(
          'matchId', m.id, 'status', m.status, 'isHandPicked', m."isHandPicked", 'scoreBreakdown', m."scoreBreakdown",
          'conversationId', (SELECT cv.id FROM conversations cv JOIN conversation_participants cp ON cp."conversationId" = cv.id AND cp."userId" = ${user.id} WHERE cv."matchId" = m.id),
          'contractId', (SELECT ct.id FROM contracts ct WHERE ct."matchId" = m.id),
          'expert', json_build_object(
            'profileId', e.id, 'photoFileId', e."photoFileId", 'name', eu.name, 'headline', e.headline, 'hourlyRateCents', e."hourlyRateCents", 'currency', e.currency, 'timezone', e.timezone, 'isPayoutReady', e."payoutsEnabled",
            'skills', (SELECT coalesce(json_agg(json_build_object('skillId', es."skillId", 'name', sk.name, 'level', es.level, 'years', es.years, 'isVerified', es."verifiedAt" IS NOT NULL)), '[]')
              FROM expert_skills es JOIN skills sk ON sk.id = es."skillId" WHERE es."expertProfileId" = e.id))
        ) ORDER BY m.rank, m."createdAt"), '[]')
        FROM matches m JOIN expert_profiles e ON e.id = m."expertProfileId" JOIN users eu ON eu.id = e."userId"
        WHERE m."requestId" = r.id AND m.status = ANY(${[...SHORTLIST_STATUSES]}::"MatchStatus"[])) AS shortlist
    FROM hiring_requests r
    WHERE r.id = ${requestId}
      AND EXISTS (SELECT 1 FROM company_members member WHERE member."companyId" = r."companyId" AND member."userId" = ${user.id})`;
  if (!request) throw notFound("Request");

  const { skills, matchCounts, shortlist, files, ...fields } = request;
  // Hand-picked experts were never invited, so they count as accepted but not as invitations.
  const count = (statuses: readonly MatchStatus[], { isInvitation = false } = {}) =>
    matchCounts.filter((row) => statuses.includes(row.status) && !(isInvitation && row.isHandPicked)).reduce((sum, row) => sum + row.count, 0);

  const requestSkillIds = new Set(skills.map((skill) => skill.skillId));
  return {
    ...fields,
    budgetMaxCents: isUnsetBudget(request.budgetMaxCents) ? null : request.budgetMaxCents,
    timezone: isUnsetText(request.timezone) ? null : request.timezone,
    requiredSkills: skills.filter((skill) => skill.isRequired).map(({ skillId, minYears, name }) => ({ skillId, name, minYears })),
    niceToHaveSkills: skills.filter((skill) => !skill.isRequired).map(({ skillId, name }) => ({ skillId, name })),
    files: files.map(toFileSummary),
    progress: {
      acceptedCount: count(ACCEPTED_STATUSES),
      shortlistSize: (options.config ?? matchingConfig()).shortlistSize,
      pendingInvitationCount: count(["INVITED"]),
      invitedCount: count([...ACCEPTED_STATUSES, ...UNAVAILABLE_STATUSES, "INVITED"], { isInvitation: true }),
      unavailableCount: count(UNAVAILABLE_STATUSES),
      millisecondsLeft: request.matchDeadline ? Math.max(0, request.matchDeadline.getTime() - now.getTime()) : null,
    },
    shortlist: shortlist.map((row) => toShortlistEntry(row, requestSkillIds)),
  };
}
