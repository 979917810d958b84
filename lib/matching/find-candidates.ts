import { Prisma } from "@/generated/prisma/client";
import type { SkillLevel } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { DEFAULT_WORKDAY_END_HOUR, DEFAULT_WORKDAY_START_HOUR } from "@/lib/time/timezones";
import type { CandidateFeatures, CandidateSkill, MatchRequestProfile } from "./types";

// Candidate retrieval: every expert who may be invited to a request, with the features scoring needs,
// in one query. The hard filters live here; preferences are scored in score.ts.

export type FindCandidatesOptions = { now: Date; limit?: number };

const RECENT_INVITATIONS_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
const MINUTES_PER_DAY = 24 * 60;
const WORKDAY_MINUTES = (DEFAULT_WORKDAY_END_HOUR - DEFAULT_WORKDAY_START_HOUR) * 60;
// The coarse skill strength that orders the cut to `limit`: level points, a verification bonus, and a
// point per this many years up to a cap.
const LEVEL_POINTS: Record<SkillLevel, number> = { JUNIOR: 1, MID: 2, SENIOR: 3, EXPERT: 4 };
const VERIFIED_POINTS = 2;
const YEARS_PER_POINT = 5;
const YEARS_COUNTED = 10;

type RequiredSkill = { skillId: string; name: string; minYears: number };
type NiceToHaveSkill = { skillId: string; name: string };

type CandidateRow = Omit<CandidateFeatures, "skills"> & {
  requiredLevels: SkillLevel[];
  requiredYears: number[];
  requiredVerified: boolean[];
  niceToHaveIds: string[] | null;
  niceToHaveLevels: SkillLevel[] | null;
  niceToHaveYears: number[] | null;
  niceToHaveVerified: boolean[] | null;
};

/** One entry per skill: a skill listed twice keeps its highest minYears, and a required skill is not also nice-to-have. */
export function normalizeRequestSkills(request: MatchRequestProfile): { required: RequiredSkill[]; niceToHave: NiceToHaveSkill[] } {
  const required = new Map<string, RequiredSkill>();
  for (const skill of request.requiredSkills) {
    const known = required.get(skill.skillId);
    required.set(skill.skillId, { ...skill, minYears: Math.max(0, skill.minYears, known?.minYears ?? 0) });
  }
  const niceToHave = new Map<string, NiceToHaveSkill>();
  for (const skill of request.niceToHaveSkills) if (!required.has(skill.skillId)) niceToHave.set(skill.skillId, skill);
  return { required: [...required.values()], niceToHave: [...niceToHave.values()] };
}

// Aliases s0, s1, … are generated from positions, never from input; every value is a bound parameter.
const alias = (index: number) => Prisma.raw(`s${index}`);
const column = (index: number, name: string) => Prisma.raw(`s${index}."${name}"`);
const eachRequired = (required: RequiredSkill[], fragment: (index: number) => Prisma.Sql, separator = ", ") =>
  Prisma.join(
    required.map((_, index) => fragment(index)),
    separator,
  );

/**
 * One self-join of expert_skills per required skill, each with its own skill id as a parameter: the
 * planner then knows how common each skill is and merge-joins index-only scans of
 * (skillId, expertProfileId, years, level, verifiedAt) instead of guessing at an unnested array.
 */
function coveringExperts(required: RequiredSkill[]) {
  const joins = required.slice(1).map(
    (skill, offset) => Prisma.sql`
      JOIN expert_skills ${alias(offset + 1)} ON ${column(offset + 1, "expertProfileId")} = s0."expertProfileId"
        AND ${column(offset + 1, "skillId")} = ${skill.skillId} AND ${column(offset + 1, "years")} >= ${skill.minYears}`,
  );
  const levelPoints = (index: number) =>
    Prisma.sql`CASE ${column(index, "level")}::text ${Prisma.join(
      Object.entries(LEVEL_POINTS).map(([level, points]) => Prisma.sql`WHEN ${level} THEN ${points}::int`),
      " ",
    )} ELSE 0 END`;
  const strength = (index: number) =>
    Prisma.sql`(${levelPoints(index)} + CASE WHEN ${column(index, "verifiedAt")} IS NULL THEN 0 ELSE ${VERIFIED_POINTS}::int END
      + least(${column(index, "years")}, ${YEARS_COUNTED}::int) / ${YEARS_PER_POINT}::numeric)`;
  return Prisma.sql`
    SELECT s0."expertProfileId" AS expert_id,
           ARRAY[${eachRequired(required, (index) => Prisma.sql`${column(index, "level")}::text`)}] AS "requiredLevels",
           ARRAY[${eachRequired(required, (index) => column(index, "years"))}] AS "requiredYears",
           ARRAY[${eachRequired(required, (index) => Prisma.sql`${column(index, "verifiedAt")} IS NOT NULL`)}] AS "requiredVerified",
           ${eachRequired(required, strength, " + ")} AS strength
    FROM expert_skills s0 ${joins.length ? Prisma.join(joins, " ") : Prisma.empty}
    WHERE s0."skillId" = ${required[0].skillId} AND s0.years >= ${required[0].minYears}`;
}

/**
 * How many of the client's stated constraints an expert meets (rate within the maximum in the
 * request's currency, working-hours overlap, weekly hours): the first key of the cut to `limit`.
 * Overlap uses stored standard-time offsets and equal 8-hour days, close enough for a cut; the score
 * recomputes it exactly.
 */
function constraintsMet(request: MatchRequestProfile) {
  const minOverlapMinutes = Math.min(WORKDAY_MINUTES, Math.max(0, request.minOverlapHours * 60));
  const offsetGap = Prisma.sql`abs(ep."utcOffsetMinutes" - ${request.utcOffsetMinutes}::int) % ${MINUTES_PER_DAY}::int`;
  return Prisma.sql`
    (ep."hourlyRateCents" <= ${request.budgetMaxCents}::int AND ep.currency = ${request.currency})::int
    + (greatest(0, ${WORKDAY_MINUTES}::int - least(${offsetGap}, ${MINUTES_PER_DAY}::int - ${offsetGap})) >= ${minOverlapMinutes}::int)::int
    + (ep."weeklyAvailableHours" >= ${request.hoursPerWeek ?? 0}::int)::int`;
}

/** The budget rule (lib/matching/budget-fit.ts) as a hard filter: the request's currency, at most the maximum plus the tolerance. */
function withinBudget(request: MatchRequestProfile) {
  return Prisma.sql`AND ep.currency = ${request.currency}
        AND ep."hourlyRateCents"::bigint * 100 <= ${request.budgetMaxCents}::bigint * ${100 + request.budgetTolerancePercent}::bigint`;
}

/**
 * With a limit, a coarse cut in SQL before the full score keeps at most `limit` experts: those meeting
 * more of the client's constraints first, then the strongest on the required skills (level,
 * verification, years).
 */
function limitClause(request: MatchRequestProfile, limit: number | undefined) {
  if (limit === undefined) return Prisma.empty;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  return Prisma.sql`ORDER BY ${constraintsMet(request)} DESC, covering.strength DESC, ep.id LIMIT ${limit}`;
}

function niceToHaveSkills(niceToHave: NiceToHaveSkill[]) {
  if (!niceToHave.length) {
    return Prisma.sql`CROSS JOIN (SELECT NULL::text[] AS ids, NULL::text[] AS levels, NULL::int[] AS years, NULL::bool[] AS verified) nice`;
  }
  // Filtering after the lookup keeps the (expertProfileId, skillId) primary key as the access path: one probe per expert.
  const isWanted = Prisma.sql`es."skillId" = ANY(${niceToHave.map((skill) => skill.skillId)}::text[])`;
  return Prisma.sql`
    CROSS JOIN LATERAL (
      SELECT array_agg(es."skillId" ORDER BY es."skillId") FILTER (WHERE ${isWanted}) AS ids,
             array_agg(es.level::text ORDER BY es."skillId") FILTER (WHERE ${isWanted}) AS levels,
             array_agg(es.years ORDER BY es."skillId") FILTER (WHERE ${isWanted}) AS years,
             array_agg(es."verifiedAt" IS NOT NULL ORDER BY es."skillId") FILTER (WHERE ${isWanted}) AS verified
      FROM expert_skills es WHERE es."expertProfileId" = e.id
    ) nice`;
}

/** The retrieval query on its own, so a benchmark can EXPLAIN exactly what findCandidates runs. Needs one required skill. */
export function buildCandidatesQuery(request: MatchRequestProfile, { now, limit }: FindCandidatesOptions): Prisma.Sql {
  const { required, niceToHave } = normalizeRequestSkills(request);
  if (!required.length) throw new RangeError("A candidate query needs at least one required skill");
  const recentSince = new Date(now.getTime() - RECENT_INVITATIONS_WINDOW_MS);
  // Suspension is checked after the cut to `limit`: it is rare, and probing users for a whole pool of
  // thousands costs more than the few rows it could add back. A lateral keeps it one key lookup per row.
  return Prisma.sql`
    WITH covering AS (${coveringExperts(required)}),
    eligible AS (
      SELECT ep.id, ep."userId", ep."hourlyRateCents", ep.currency, ep."weeklyAvailableHours", ep.timezone,
             ep."utcOffsetMinutes", ep."ratingCount", ep."ratingSum", ep."completedContracts", ep."invitationsReceived",
             ep."invitationsAnswered", ep."medianResponseMinutes",
             covering."requiredLevels", covering."requiredYears", covering."requiredVerified"
      FROM covering
      JOIN expert_profiles ep ON ep.id = covering.expert_id
      WHERE ep."vettingStatus" = 'APPROVED' AND ep."isAvailable"
        AND ep."hourlyRateCents" IS NOT NULL AND ep.timezone IS NOT NULL
        ${withinBudget(request)}
        AND ep."utcOffsetMinutes" IS NOT NULL AND ep."weeklyAvailableHours" IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM matches m WHERE m."requestId" = ${request.id} AND m."expertProfileId" = ep.id)
        AND ep.id NOT IN (SELECT c."expertProfileId" FROM contracts c WHERE c."requestId" = ${request.id} AND c."endedAt" IS NOT NULL)
      ${limitClause(request, limit)}
    )
    SELECT e.id AS "expertProfileId", e."userId", u.name, e."hourlyRateCents", trim(e.currency) AS currency,
           e."weeklyAvailableHours", e.timezone, e."utcOffsetMinutes", e."ratingCount", e."ratingSum",
           e."completedContracts", e."invitationsReceived", e."invitationsAnswered", e."medianResponseMinutes",
           e."requiredLevels", e."requiredYears", e."requiredVerified",
           nice.ids AS "niceToHaveIds", nice.levels AS "niceToHaveLevels", nice.years AS "niceToHaveYears", nice.verified AS "niceToHaveVerified",
           (SELECT count(*)::int FROM contracts c WHERE c."expertProfileId" = e.id AND c.status = 'ACTIVE') AS "activeContracts",
           invitations.open AS "openInvitations",
           invitations.recent AS "invitationsLast30Days"
    FROM eligible e
    CROSS JOIN LATERAL (SELECT u.name FROM users u WHERE u.id = e."userId" AND u."suspendedAt" IS NULL) u
    ${niceToHaveSkills(niceToHave)}
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE m.status IN ('INVITED', 'ACCEPTED') AND hr.status = 'MATCHING')::int AS open,
             count(*) FILTER (WHERE m."invitedAt" > ${recentSince})::int AS recent
      FROM matches m JOIN hiring_requests hr ON hr.id = m."requestId"
      WHERE m."expertProfileId" = e.id
    ) invitations`;
}

function toCandidate(row: CandidateRow, required: RequiredSkill[], niceToHaveNames: ReadonlyMap<string, string>): CandidateFeatures {
  const skills: CandidateSkill[] = required.map((skill, index) => ({
    skillId: skill.skillId,
    name: skill.name,
    level: row.requiredLevels[index],
    years: row.requiredYears[index],
    isVerified: row.requiredVerified[index],
    isRequired: true,
  }));
  for (const [index, skillId] of (row.niceToHaveIds ?? []).entries()) {
    skills.push({
      skillId,
      name: niceToHaveNames.get(skillId) ?? skillId,
      level: row.niceToHaveLevels?.[index] ?? "JUNIOR",
      years: row.niceToHaveYears?.[index] ?? 0,
      isVerified: row.niceToHaveVerified?.[index] ?? false,
      isRequired: false,
    });
  }
  // Spelled out rather than spread from the row: thousands of rows, and a literal of known shape is cheaper.
  return {
    expertProfileId: row.expertProfileId,
    userId: row.userId,
    name: row.name,
    hourlyRateCents: row.hourlyRateCents,
    currency: row.currency,
    weeklyAvailableHours: row.weeklyAvailableHours,
    timezone: row.timezone,
    utcOffsetMinutes: row.utcOffsetMinutes,
    skills,
    ratingCount: row.ratingCount,
    ratingSum: row.ratingSum,
    completedContracts: row.completedContracts,
    invitationsReceived: row.invitationsReceived,
    invitationsAnswered: row.invitationsAnswered,
    medianResponseMinutes: row.medianResponseMinutes,
    activeContracts: row.activeContracts,
    openInvitations: row.openInvitations,
    invitationsLast30Days: row.invitationsLast30Days,
  };
}

/**
 * Approved, available, unsuspended experts with a complete profile who have every required skill
 * with at least its minYears and who have no match on this request yet — and never an expert whose
 * contract for this request was ended (a replacement round looks for someone else).
 */
export async function findCandidates(request: MatchRequestProfile, options: FindCandidatesOptions): Promise<CandidateFeatures[]> {
  const { required, niceToHave } = normalizeRequestSkills(request);
  // Without a required skill every expert would qualify; a request always names one, so this is only a guard.
  if (!required.length) return [];
  const rows = await db.$queryRaw<CandidateRow[]>(buildCandidatesQuery(request, options));
  const niceToHaveNames = new Map(niceToHave.map((skill) => [skill.skillId, skill.name]));
  return rows.map((row) => toCandidate(row, required, niceToHaveNames));
}
