import { Prisma } from "@/generated/prisma/client";
import { queryWithTrigramThreshold } from "@/lib/search/trigram";
import { SKILL_SEARCH_LIMIT, type SkillSuggestion } from "./schemas";

type SkillHit = { id: string; name: string; category: string; matchedAlias: string | null };

/** Escapes LIKE's wildcards so "c_" or "100%" search for those characters, not patterns. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * Type-ahead over skill names and their synonyms, case-insensitive. Best hits first: an exact name,
 * an exact synonym ("k8s" → Kubernetes), then names and synonyms that start with the query, then
 * those that merely contain it, then, for typos, the closest by trigram similarity ("pyhton" → Python).
 * Each skill appears once, under its best hit.
 */
export async function searchSkills({ query }: { query: string }): Promise<SkillSuggestion[]> {
  const term = query.trim().toLowerCase();
  if (!term) return [];
  const prefix = `${escapeLike(term)}%`;
  const contains = `%${escapeLike(term)}%`;
  const hits = await queryWithTrigramThreshold<SkillHit>(Prisma.sql`
    WITH hits AS (
      SELECT id AS "skillId", NULL::text AS alias,
             CASE WHEN lower(name) = ${term} THEN 0 WHEN lower(name) LIKE ${prefix} THEN 2 WHEN lower(name) LIKE ${contains} THEN 4 ELSE 6 END AS rank,
             word_similarity(${term}, name) AS closeness
      FROM skills WHERE lower(name) LIKE ${contains} OR ${term} <% name
      UNION ALL
      SELECT "skillId", alias,
             CASE WHEN alias = ${term} THEN 1 WHEN alias LIKE ${prefix} THEN 3 WHEN alias LIKE ${contains} THEN 5 ELSE 7 END AS rank,
             word_similarity(${term}, alias) AS closeness
      FROM skill_synonyms WHERE alias LIKE ${contains} OR ${term} <% alias
    ),
    best AS (
      SELECT DISTINCT ON ("skillId") "skillId", alias, rank, closeness FROM hits ORDER BY "skillId", rank, closeness DESC, alias
    )
    SELECT s.id, s.name, s.category, best.alias AS "matchedAlias"
    FROM best JOIN skills s ON s.id = best."skillId"
    ORDER BY best.rank, best.closeness DESC, length(s.name), s.name
    LIMIT ${SKILL_SEARCH_LIMIT}`);
  return hits.map(({ matchedAlias, ...skill }) => (matchedAlias ? { ...skill, matchedAlias } : skill));
}
