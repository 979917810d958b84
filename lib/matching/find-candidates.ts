import { Prisma } from "@/generated/prisma/client";
import type { SkillLevel } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import type { CandidateFeatures, CandidateSkill, MatchRequestProfile } from "./types";

// Candidate retrieval: every expert who may be invited to a request, with the features scoring needs,
// in one query. The hard filters live here; preferences are scored in score.ts.

export type FindCandidatesOptions = { now: Date; limit?: number };

const RECENT_INVITATIONS_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

type CandidateRow = Omit<CandidateFeatures, "skills"> & {
  skills: { skillId: string; name: string; level: SkillLevel; years: number; isVerified: boolean }[];
};

/** One entry per skill: a skill listed twice keeps its highest minYears, and a required skill is not also nice-to-have. */
function normalizeSkills(request: MatchRequestProfile) {
  const minYearsBySkill = new Map<string, number>();
  for (const { skillId, minYears } of request.requiredSkills) {
    minYearsBySkill.set(skillId, Math.max(minYears, minYearsBySkill.get(skillId) ?? 0));
  }
  const niceToHaveIds = [...new Set(request.niceToHaveSkills.map((skill) => skill.skillId))].filter((id) => !minYearsBySkill.has(id));
  return { requiredIds: [...minYearsBySkill.keys()], minYears: [...minYearsBySkill.values()], niceToHaveIds };
}

/**
 * With a limit, the experts strongest on the required skills (level, verification, years) are kept:
 * a coarse cut in SQL before the full score, for callers that cannot afford to score the whole pool.
 */
function limitClause(limit: number | undefined) {
  if (limit === undefined) return Prisma.empty;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  return Prisma.sql`ORDER BY covering.strength DESC, ep.id LIMIT ${limit}`;
}

/** The retrieval query on its own, so a benchmark can EXPLAIN exactly what findCandidates runs. */
export function buildCandidatesQuery(request: MatchRequestProfile, { now, limit }: FindCandidatesOptions): Prisma.Sql {
  const { requiredIds, minYears, niceToHaveIds } = normalizeSkills(request);
  const wantedIds = [...requiredIds, ...niceToHaveIds];
  const recentSince = new Date(now.getTime() - RECENT_INVITATIONS_WINDOW_MS);
  return Prisma.sql`
    WITH required AS (
      SELECT * FROM unnest(${requiredIds}::text[], ${minYears}::int[]) AS r(skill_id, min_years)
    ),
    covering AS (
      SELECT es."expertProfileId" AS expert_id,
             sum(CASE es.level WHEN 'EXPERT' THEN 4 WHEN 'SENIOR' THEN 3 WHEN 'MID' THEN 2 ELSE 1 END
                 + CASE WHEN es."verifiedAt" IS NULL THEN 0 ELSE 2 END + least(es.years, 10) / 5.0) AS strength
      FROM required r
      JOIN expert_skills es ON es."skillId" = r.skill_id AND es.years >= r.min_years
      GROUP BY es."expertProfileId"
      HAVING count(*) = ${requiredIds.length}
    ),
    eligible AS (
      SELECT ep.id, ep."userId", u.name, ep."hourlyRateCents", ep.currency, ep."weeklyAvailableHours", ep.timezone,
             ep."utcOffsetMinutes", ep."ratingCount", ep."ratingSum", ep."completedContracts", ep."invitationsReceived",
             ep."invitationsAnswered", ep."medianResponseMinutes"
      FROM covering
      JOIN expert_profiles ep ON ep.id = covering.expert_id
      JOIN users u ON u.id = ep."userId"
      WHERE ep."vettingStatus" = 'APPROVED' AND ep."isAvailable" AND u."suspendedAt" IS NULL
        AND ep."hourlyRateCents" IS NOT NULL AND ep.timezone IS NOT NULL
        AND ep."utcOffsetMinutes" IS NOT NULL AND ep."weeklyAvailableHours" IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM matches m WHERE m."requestId" = ${request.id} AND m."expertProfileId" = ep.id)
      ${limitClause(limit)}
    )
    SELECT e.id AS "expertProfileId", e."userId", e.name, e."hourlyRateCents", trim(e.currency) AS currency,
           e."weeklyAvailableHours", e.timezone, e."utcOffsetMinutes", e."ratingCount", e."ratingSum",
           e."completedContracts", e."invitationsReceived", e."invitationsAnswered", e."medianResponseMinutes",
           skills.list AS skills,
           contracts.active AS "activeContracts",
           invitations.open AS "openInvitations",
           invitations.recent AS "invitationsLast30Days"
    FROM eligible e
    CROSS JOIN LATERAL (
      SELECT coalesce(json_agg(json_build_object('skillId', s.id, 'name', s.name, 'level', es.level, 'years', es.years,
                                                 'isVerified', es."verifiedAt" IS NOT NULL) ORDER BY s.name), '[]') AS list
      FROM expert_skills es JOIN skills s ON s.id = es."skillId"
      WHERE es."expertProfileId" = e.id AND es."skillId" = ANY(${wantedIds}::text[])
    ) skills
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS active FROM contracts c WHERE c."expertProfileId" = e.id AND c.status = 'ACTIVE'
    ) contracts
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE m.status IN ('INVITED', 'ACCEPTED') AND hr.status = 'MATCHING')::int AS open,
             count(*) FILTER (WHERE m."invitedAt" > ${recentSince})::int AS recent
      FROM matches m JOIN hiring_requests hr ON hr.id = m."requestId"
      WHERE m."expertProfileId" = e.id
    ) invitations`;
}

/**
 * Approved, available, unsuspended experts with a complete profile who have every required skill
 * with at least its minYears and who have no match on this request yet.
 */
export async function findCandidates(request: MatchRequestProfile, options: FindCandidatesOptions): Promise<CandidateFeatures[]> {
  // Without a required skill every expert would qualify; a request always names one, so this is a guard.
  if (!request.requiredSkills.length) return [];
  const rows = await db.$queryRaw<CandidateRow[]>(buildCandidatesQuery(request, options));
  const requiredSet = new Set(request.requiredSkills.map((skill) => skill.skillId));
  return rows.map((row) => ({
    ...row,
    skills: row.skills.map((skill): CandidateSkill => ({ ...skill, isRequired: requiredSet.has(skill.skillId) })),
  }));
}
