import { unstable_cache } from "next/cache";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { ELIGIBLE_EXPERTS_JOIN, IS_ELIGIBLE_EXPERT } from "./eligible-experts";
import { groupLink, loadTaxonomy, skillLink } from "./taxonomy";

/** Per category, the eligible experts with at least one of its skills verified: one pass over the verified skills. */
function countVerifiedExpertsByCategory() {
  return db.$queryRaw<{ category: string; experts: number }[]>(Prisma.sql`
    SELECT s.category, count(DISTINCT ep.id)::int AS experts
      FROM expert_skills es
      JOIN skills s ON s.id = es."skillId"
      JOIN expert_profiles ep ON ep.id = es."expertProfileId"
      ${ELIGIBLE_EXPERTS_JOIN}
     WHERE es."verifiedAt" IS NOT NULL AND ${IS_ELIGIBLE_EXPERT}
     GROUP BY s.category`);
}

/**
 * Every group with its skills and verified count, for the /hire index and the search suggestions on every
 * hiring page. Cached for an hour like the pages: the index is rendered per request (a build has no database
 * to prerender it from). JSON-safe values only, as the cache stores JSON.
 */
export const hireDirectory = unstable_cache(
  async () => {
    const [skills, counts] = await Promise.all([loadTaxonomy(), countVerifiedExpertsByCategory()]);
    const expertsIn = new Map(counts.map((row) => [row.category, row.experts]));
    const categories = [...new Set(skills.map((skill) => skill.category))];
    const groups = categories
      .map((category) => ({
        ...groupLink(category),
        verifiedExpertCount: expertsIn.get(category) ?? 0,
        skills: skills.filter((skill) => skill.category === category).map(skillLink),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return { names: [...skills.map((skill) => skill.name), ...groups.map((group) => group.name)], groups };
  },
  ["hire-directory"],
  { revalidate: 3600 },
);
