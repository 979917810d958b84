import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { groupOf } from "./groups";
import type { HirePageLink } from "./types";

/** Longer queries are cut to this: no skill, synonym or group name comes close. */
export const MAX_SEARCH_QUERY_LENGTH = 60;
export const DEFAULT_SEARCH_LIMIT = 8;
const MAX_SEARCH_LIMIT = 25;

// Ranks, best first: an exact name or slug, an exact synonym, a name or slug that starts with the
// query, a synonym that does, then names and synonyms that merely contain it.
const EXACT = 0;
const PREFIX = 2;
const CONTAINS = 4;

type Hit = HirePageLink & { rank: number };

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

function normalizeQuery(query: string): string | null {
  const term = query
    .slice(0, MAX_SEARCH_QUERY_LENGTH * 4)
    .normalize("NFKC")
    .replace(/\p{Cc}/gu, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");
  const capped = term.slice(0, MAX_SEARCH_QUERY_LENGTH).trim();
  return /[\p{L}\p{N}]/u.test(capped) ? capped : null;
}

function rankText(texts: readonly string[], term: string): number | null {
  if (texts.some((text) => text === term)) return EXACT;
  if (texts.some((text) => text.startsWith(term))) return PREFIX;
  if (texts.some((text) => text.includes(term))) return CONTAINS;
  return null;
}

function rankGroups(categories: readonly string[], term: string): Hit[] {
  const hits = new Map<string, Hit>();
  for (const category of categories) {
    const group = groupOf(category);
    const rank = rankText([group.name.toLowerCase(), group.slug, category.toLowerCase()], term);
    if (rank !== null && !hits.has(group.slug)) hits.set(group.slug, { slug: group.slug, name: group.name, kind: "group", rank });
  }
  return [...hits.values()];
}

type Row = { slug: string | null; name: string; rank: number | null };

/** Matching skills, best first, followed by every category (a few dozen rows at most) for the group match. */
function searchSkillsAndListCategories(term: string, limit: number): Promise<Row[]> {
  const prefix = `${escapeLike(term)}%`;
  const contains = `%${escapeLike(term)}%`;
  return db.$queryRaw<Row[]>(Prisma.sql`
    WITH hits AS (
      SELECT id AS "skillId",
             CASE WHEN lower(name) = ${term} OR slug = ${term} THEN ${EXACT}::int
                  WHEN lower(name) LIKE ${prefix} OR slug LIKE ${prefix} THEN ${PREFIX}::int ELSE ${CONTAINS}::int END AS rank
      FROM skills WHERE lower(name) LIKE ${contains} OR slug LIKE ${contains}
      UNION ALL
      SELECT "skillId", CASE WHEN alias = ${term} THEN ${EXACT + 1}::int WHEN alias LIKE ${prefix} THEN ${PREFIX + 1}::int ELSE ${CONTAINS + 1}::int END
      FROM skill_synonyms WHERE alias LIKE ${contains}
    ),
    best AS (SELECT "skillId", min(rank) AS rank FROM hits GROUP BY "skillId"),
    skill_hits AS (
      SELECT s.slug, s.name, best.rank
      FROM best JOIN skills s ON s.id = best."skillId"
      ORDER BY best.rank, length(s.name), s.name
      LIMIT ${limit}::int
    )
    SELECT slug, name, rank FROM skill_hits
    UNION ALL
    SELECT DISTINCT NULL, category, NULL::int FROM skills`);
}

/**
 * Pages whose skill name, slug or synonym ("k8s" → Kubernetes) or group name matches the query,
 * case-insensitive, best first; at equal rank a skill comes before a group. A blank query, or one
 * with no letter or digit, finds nothing.
 */
export async function searchHirePages(query: string, limit = DEFAULT_SEARCH_LIMIT): Promise<HirePageLink[]> {
  const term = normalizeQuery(query);
  const count = Math.min(Math.max(1, Math.floor(limit) || DEFAULT_SEARCH_LIMIT), MAX_SEARCH_LIMIT);
  if (!term) return [];
  const rows = await searchSkillsAndListCategories(term, count);
  const skills = rows.flatMap(({ slug, name, rank }): Hit[] => (slug !== null && rank !== null ? [{ slug, name, kind: "skill", rank }] : []));
  const categories = rows.flatMap((row) => (row.slug === null ? [row.name] : []));
  // A stable sort keeps skills (ordered by the query) ahead of groups of the same rank.
  const hits = [...skills, ...rankGroups(categories, term)].sort((a, b) => a.rank - b.rank);
  return hits.slice(0, count).map(({ slug, name, kind }) => ({ slug, name, kind }));
}
