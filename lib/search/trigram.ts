import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

// Typo-tolerant search compares trigrams (pg_trgm): `query <% column` holds when the query's trigrams
// are close enough to some run of words in the column ("pyhton" in "Senior Python developer" scores
// 0.29, "jon smiht" in "John Smith" 0.38), and that operator is the one the GIN trigram indexes answer.
// pg_trgm's default threshold (0.6) lets no typo through; 0.25 keeps one swapped or missing letter in
// a short word and ranking puts the closest first.
export const WORD_SIMILARITY_THRESHOLD = 0.25;

/** Runs a `<%` search with our threshold, set for this transaction only (safe behind PgBouncer's transaction mode). */
export async function queryWithTrigramThreshold<Row>(query: Prisma.Sql): Promise<Row[]> {
  const [, rows] = await db.$transaction([
    db.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`,
    db.$queryRaw<Row[]>(query),
  ]);
  return rows;
}

/** The `score` and `closeness` columns rankedPageSql orders by, of one column against the search text. */
export const closeTo = (text: string, column: Prisma.Sql) =>
  Prisma.sql`word_similarity(${text}, ${column}) AS score, similarity(${text}, ${column}) AS closeness`;

/**
 * The skills close to the text, scored once each: OFFSET 0 keeps the planner from flattening this into
 * the join with expert_skills, which would score the same skill again for each of its thousands of experts.
 */
export const closeSkillsSql = (text: string) => Prisma.sql`SELECT s.id, ${closeTo(text, Prisma.sql`s.name`)} FROM skills s WHERE ${text} <% s.name OFFSET 0`;

/**
 * One page of `hits` (rows with an `id`, a `score` and a `closeness`, plus any other columns): the best
 * score first, then the string closest as a whole ("jon" finds "Jon" before "Jonathan"), each row
 * carrying the total count.
 */
export function rankedPageSql(hits: Prisma.Sql, { limit, offset }: { limit: number; offset: number }) {
  return Prisma.sql`
    SELECT all_hits.*, (count(*) OVER ())::int AS total FROM (${hits}) all_hits
    ORDER BY all_hits.score DESC, all_hits.closeness DESC, all_hits.id
    LIMIT ${limit} OFFSET ${offset}`;
}
