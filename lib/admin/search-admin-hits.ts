import { Prisma } from "@/generated/prisma/client";
import { closeSkillsSql, closeTo, rankedPageSql } from "@/lib/search/trigram";

export const SEARCH_KINDS = ["USER", "EXPERT", "REQUEST"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export type SearchHit = { kind: SearchKind; id: string; score: number; total: number };

// One ranked list over three kinds of record. Each arm filters with `<%` (answered by a trigram index)
// and scores with word_similarity, the best of the record's fields; an expert scores by name, headline
// or the best of their skills ("pyhton" finds every Python expert).

export function adminSearchSql({ text, kinds, limit, offset }: { text: string; kinds: readonly SearchKind[]; limit: number; offset: number }) {
  const arms: Prisma.Sql[] = [];
  if (kinds.includes("USER")) {
    arms.push(Prisma.sql`
      SELECT 'USER' AS kind, u.id, ${closeTo(text, Prisma.sql`u.name`)} FROM users u WHERE ${text} <% u.name
      UNION ALL
      SELECT 'USER' AS kind, u.id, ${closeTo(text, Prisma.sql`u.email`)} FROM users u WHERE ${text} <% u.email`);
  }
  if (kinds.includes("EXPERT")) {
    arms.push(Prisma.sql`
      SELECT 'EXPERT' AS kind, ep.id, ${closeTo(text, Prisma.sql`u.name`)}
      FROM users u JOIN expert_profiles ep ON ep."userId" = u.id WHERE ${text} <% u.name
      UNION ALL
      SELECT 'EXPERT' AS kind, ep.id, ${closeTo(text, Prisma.sql`ep.headline`)} FROM expert_profiles ep WHERE ${text} <% ep.headline
      UNION ALL
      SELECT 'EXPERT' AS kind, es."expertProfileId", close_skills.score, close_skills.closeness
      FROM (${closeSkillsSql(text)}) close_skills JOIN expert_skills es ON es."skillId" = close_skills.id`);
  }
  if (kinds.includes("REQUEST")) {
    arms.push(Prisma.sql`
      SELECT 'REQUEST' AS kind, r.id, ${closeTo(text, Prisma.sql`r.title`)} FROM hiring_requests r WHERE ${text} <% r.title
      UNION ALL
      SELECT 'REQUEST' AS kind, r.id, ${closeTo(text, Prisma.sql`c.name`)}
      FROM companies c JOIN hiring_requests r ON r."companyId" = c.id WHERE ${text} <% c.name`);
  }
  const hits = Prisma.sql`
    SELECT kind, id, max(score)::float8 AS score, max(closeness)::float8 AS closeness
    FROM (${Prisma.join(arms, " UNION ALL ")}) arms
    GROUP BY kind, id`;
  return rankedPageSql(hits, { limit, offset });
}
