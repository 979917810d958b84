import { Prisma } from "@/generated/prisma/client";
import type { SkillLevel } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { REVIEW_STAGES, type ReviewStage } from "@/lib/vetting/transitions";
import { assertVettingAdmin } from "./access";
import { QUEUE_PAGE_SIZE, type VettingQueueQuery } from "./schemas";
import { ENTERED_STAGE_AT_SQL } from "./stages";

const DAY_MS = 86_400_000;
const TOP_SKILLS_SHOWN = 3;

export type VettingQueue = Awaited<ReturnType<typeof listVettingQueue>>;
export type QueuedApplicant = VettingQueue["applicants"][number];

type QueueRow = { id: string; name: string; email: string; headline: string; submittedAt: Date; enteredAt: Date };
type CountRow = { stage: ReviewStage; count: number };

/**
 * Admins only: submitted applicants waiting in one review stage, longest waiting first (by when they
 * entered it), a page at a time, with the number waiting in each stage under the same filters.
 */
export async function listVettingQueue(options: { user: SessionUser; query: VettingQueueQuery; now?: Date }) {
  const { user, query, now = clockNow() } = options;
  assertVettingAdmin(user);
  const waiting = waitingApplicants(query, now);

  const [countRows, rows, skill] = await Promise.all([
    db.$queryRaw<CountRow[]>(Prisma.sql`WITH waiting AS (${waiting}) SELECT stage, count(*)::int AS count FROM waiting GROUP BY stage`),
    db.$queryRaw<QueueRow[]>(Prisma.sql`
      WITH waiting AS (${waiting})
      SELECT w.id, u.name, u.email, ep.headline, ep."submittedAt", w."enteredAt"
      FROM waiting w
      JOIN expert_profiles ep ON ep.id = w.id
      JOIN users u ON u.id = ep."userId"
      WHERE w.stage = ${query.stage}
      ORDER BY w."enteredAt", w.id
      LIMIT ${QUEUE_PAGE_SIZE} OFFSET ${(query.page - 1) * QUEUE_PAGE_SIZE}`),
    query.skillId ? db.skill.findUnique({ where: { id: query.skillId }, select: { id: true, name: true } }) : null,
  ]);
  const counts = { APPLIED: 0, SCREENING: 0, INTERVIEW: 0 };
  for (const row of countRows) counts[row.stage] = row.count;
  const topSkills = await topSkillsOf(rows.map((row) => row.id));

  return {
    now,
    filters: { stage: query.stage, skill, minWaitingDays: query.minWaitingDays ?? null },
    counts,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(counts[query.stage] / QUEUE_PAGE_SIZE)),
    pageSize: QUEUE_PAGE_SIZE,
    applicants: rows.map(({ enteredAt, ...row }) => ({
      ...row,
      enteredStageAt: enteredAt,
      waitingMilliseconds: Math.max(0, now.getTime() - enteredAt.getTime()),
      topSkills: topSkills.get(row.id) ?? [],
    })),
  };
}

function waitingApplicants(query: VettingQueueQuery, now: Date) {
  const hasSkill = query.skillId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM expert_skills es WHERE es."expertProfileId" = ep.id AND es."skillId" = ${query.skillId})`
    : Prisma.empty;
  const hasWaited = query.minWaitingDays ? Prisma.sql`WHERE "enteredAt" <= ${new Date(now.getTime() - query.minWaitingDays * DAY_MS)}` : Prisma.empty;
  return Prisma.sql`
    SELECT * FROM (
      SELECT ep.id, ep."vettingStatus"::text AS stage, ${ENTERED_STAGE_AT_SQL} AS "enteredAt"
      FROM expert_profiles ep
      WHERE ep."vettingStatus" = ANY(${[...REVIEW_STAGES]}::"VettingStatus"[]) AND ep."submittedAt" IS NOT NULL ${hasSkill}
    ) entered ${hasWaited}`;
}

type TopSkill = { skillId: string; name: string; level: SkillLevel; years: number; isVerified: boolean };

async function topSkillsOf(expertProfileIds: string[]) {
  const skills = await db.expertSkill.findMany({
    where: { expertProfileId: { in: expertProfileIds } },
    orderBy: [{ level: "desc" }, { years: "desc" }, { skillId: "asc" }],
    select: { expertProfileId: true, skillId: true, level: true, years: true, verifiedAt: true, skill: { select: { name: true } } },
  });
  const byProfile = new Map<string, TopSkill[]>();
  for (const { expertProfileId, skill, verifiedAt, ...rest } of skills) {
    const list = byProfile.get(expertProfileId) ?? [];
    if (list.length < TOP_SKILLS_SHOWN) list.push({ ...rest, name: skill.name, isVerified: verifiedAt !== null });
    byProfile.set(expertProfileId, list);
  }
  return byProfile;
}
