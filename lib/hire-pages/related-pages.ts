import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { ELIGIBLE_EXPERTS_JOIN, IS_ELIGIBLE_EXPERT } from "./eligible-experts";
import { groupOf } from "./groups";
import { groupLink, type HirePageTarget, skillLink, type TaxonomySkill } from "./taxonomy";
import type { HirePageLink } from "./types";

const RELATED_SKILLS = 6;
const GROUP_SKILL_LINKS = 12;
const RELATED_GROUPS = 4;

/** The skills eligible experts most often hold alongside this one, most shared experts first. */
async function findSkillsHeldTogether(skillId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ skillId: string }[]>(Prisma.sql`
    SELECT other."skillId"
    FROM expert_skills mine
    JOIN expert_skills other ON other."expertProfileId" = mine."expertProfileId" AND other."skillId" <> mine."skillId"
    JOIN expert_profiles ep ON ep.id = mine."expertProfileId"
    ${ELIGIBLE_EXPERTS_JOIN}
    WHERE mine."skillId" = ${skillId} AND ${IS_ELIGIBLE_EXPERT}
    GROUP BY other."skillId"
    ORDER BY count(*) DESC, other."skillId"
    LIMIT ${RELATED_SKILLS}`);
  return rows.map((row) => row.skillId);
}

/** Eligible experts per skill of a group, most first: the order a group page lists its skills in. */
export async function findGroupSkillsByExperts(groupSkills: readonly TaxonomySkill[]): Promise<TaxonomySkill[]> {
  const rows = await db.$queryRaw<{ skillId: string; experts: number }[]>(Prisma.sql`
    SELECT es."skillId", count(*)::int AS experts
    FROM expert_skills es
    JOIN expert_profiles ep ON ep.id = es."expertProfileId"
    ${ELIGIBLE_EXPERTS_JOIN}
    WHERE es."skillId" = ANY(${groupSkills.map((skill) => skill.id)}::text[]) AND ${IS_ELIGIBLE_EXPERT}
    GROUP BY es."skillId"`);
  const experts = new Map(rows.map((row) => [row.skillId, row.experts]));
  return [...groupSkills].sort((a, b) => (experts.get(b.id) ?? 0) - (experts.get(a.id) ?? 0) || a.name.localeCompare(b.name));
}

/** Categories whose skills eligible experts of this group also hold, most shared experts first. */
async function findCategoriesHeldTogether(skillIds: readonly string[], category: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ category: string }[]>(Prisma.sql`
    WITH experts AS (
      SELECT DISTINCT es."expertProfileId"
      FROM expert_skills es
      JOIN expert_profiles ep ON ep.id = es."expertProfileId"
      ${ELIGIBLE_EXPERTS_JOIN}
      WHERE es."skillId" = ANY(${skillIds as string[]}::text[]) AND ${IS_ELIGIBLE_EXPERT}
    )
    SELECT s.category
    FROM experts JOIN expert_skills other ON other."expertProfileId" = experts."expertProfileId"
    JOIN skills s ON s.id = other."skillId"
    WHERE s.category <> ${category}
    GROUP BY s.category
    ORDER BY count(DISTINCT experts."expertProfileId") DESC, s.category
    LIMIT ${RELATED_GROUPS}`);
  return rows.map((row) => row.category);
}

/**
 * A skill page links to its group and to the skills most often held together with it, topped up
 * with other skills of its group; a group page links to its skills and to the groups its experts
 * also work in.
 */
export async function findRelatedPages(
  target: HirePageTarget,
  taxonomy: readonly TaxonomySkill[],
  groupSkillsByExperts: readonly TaxonomySkill[],
): Promise<HirePageLink[]> {
  if (target.kind === "group") {
    const categories = await findCategoriesHeldTogether(
      target.groupSkills.map((skill) => skill.id),
      target.category,
    );
    const groups = categories.filter((category) => groupOf(category).slug !== target.slug).map(groupLink);
    return [...groupSkillsByExperts.slice(0, GROUP_SKILL_LINKS).map(skillLink), ...groups];
  }
  const byId = new Map(taxonomy.map((skill) => [skill.id, skill]));
  const heldTogether = (await findSkillsHeldTogether(target.skill.id)).flatMap((id) => byId.get(id) ?? []);
  const sameGroup = groupSkillsByExperts.filter((skill) => skill.id !== target.skill.id && !heldTogether.includes(skill));
  const skills = [...heldTogether, ...sameGroup].slice(0, RELATED_SKILLS);
  return [groupLink(target.skill.category), ...skills.map(skillLink)];
}
