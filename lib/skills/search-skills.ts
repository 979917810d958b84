import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { SKILL_SEARCH_LIMIT, type SkillSuggestion } from "./schemas";

type SkillHit = { id: string; name: string; category: string; matchedAlias: string | null };

/** Escapes LIKE's wildcards so "c_" or "100%" search for those characters, not patterns. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * Type-ahead over skill names and their synonyms, case-insensitive. Best hits first: an exact name,
 * an exact synonym ("k8s" → Kubernetes), then names and synonyms that start with the query, then
 * those that merely contain it. Each skill appears once, under its best hit.
 */
export async function searchSkills({ query }: { query: string }): Promise<SkillSuggestion[]> {
  const term = query.trim().toLowerCase();
  if (!term) return [];
  const prefix = `${escapeLike(term)}%`;
  const contains = `%${escapeLike(term)}%`;
  const hits = await db.$queryRaw<SkillHit[]>(Prisma.sql`
    WITH hits AS (
      SELECT id AS "skillId", NULL::text AS alias,
             CASE WHEN lower(name) = ${term} THEN 0 WHEN lower(name) LIKE ${prefix} THEN 2 ELSE 4 END AS rank
      FROM skills WHERE lower(name) LIKE ${contains}
      UNION ALL
      SELECT "skillId", alias,
             CASE WHEN alias = ${term} THEN 1 WHEN alias LIKE ${prefix} THEN 3 ELSE 5 END AS rank
      FROM skill_synonyms WHERE alias LIKE ${contains}
    ),
    best AS (
      SELECT DISTINCT ON ("skillId") "skillId", alias, rank FROM hits ORDER BY "skillId", rank, alias
    )
    SELECT s.id, s.name, s.category, best.alias AS "matchedAlias"
    FROM best JOIN skills s ON s.id = best."skillId"
    ORDER BY best.rank, length(s.name), s.name
    LIMIT ${SKILL_SEARCH_LIMIT}`);
  return hits.map(({ matchedAlias, ...skill }) => (matchedAlias ? { ...skill, matchedAlias } : skill));
}
