import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { TaxonomySkill } from "./taxonomy";

export type SkillLastModified = TaxonomySkill & { lastModified: Date };

/**
 * When what a skill's page shows last changed, per skill: the skill's creation, or the latest edit,
 * approval or verification of an expert who holds it and was ever approved (a later suspension or
 * deletion touches the profile too). One pass over expert_skills; requests are left out, so a new
 * shortlist time waits for the next expert change to move lastmod.
 */
export function findLastModifiedBySkill(skillIds?: readonly string[]): Promise<SkillLastModified[]> {
  const onlySkills = skillIds ? Prisma.sql`WHERE s.id = ANY(${skillIds as string[]}::text[])` : Prisma.empty;
  return db.$queryRaw<SkillLastModified[]>(Prisma.sql`
    SELECT s.id, s.slug, s.name, s.category,
           GREATEST(s."createdAt", max(ep."updatedAt"), max(ep."approvedAt"), max(CASE WHEN ep.id IS NOT NULL THEN es."verifiedAt" END)) AS "lastModified"
    FROM skills s
    LEFT JOIN expert_skills es ON es."skillId" = s.id
    LEFT JOIN expert_profiles ep ON ep.id = es."expertProfileId" AND ep."approvedAt" IS NOT NULL
    ${onlySkills}
    GROUP BY s.id
    ORDER BY s.name`);
}

export function latest(dates: readonly Date[]): Date {
  return new Date(Math.max(0, ...dates.map((date) => date.getTime())));
}
