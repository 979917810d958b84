import { Prisma } from "@/generated/prisma/client";
import { closeSkillsSql, closeTo, rankedPageSql } from "@/lib/search/trigram";

export type ExpertHit = { id: string; score: number; total: number };

// Experts whose name, headline or one of whose skills is close to the text, best first. `viewableIds`
// null: every expert (admins), found through the trigram indexes. Otherwise only those ids and public
// profiles, a small set narrowed first and scored row by row. This is a pre-filter: the caller keeps
// what seeableExpertProfileWhere allows (suspended or deleted accounts drop out there).
export function expertSearchSql({ text, viewableIds, limit, offset }: { text: string; viewableIds: string[] | null; limit: number; offset: number }) {
  const candidates =
    viewableIds === null
      ? Prisma.sql`SELECT ep.id, ep."userId", ep.headline FROM expert_profiles ep`
      : Prisma.sql`
          SELECT ep.id, ep."userId", ep.headline FROM expert_profiles ep
          WHERE ep.id = ANY(${viewableIds}::text[]) OR (ep."publicSlug" IS NOT NULL AND ep."publicProfile" AND ep."vettingStatus" = 'APPROVED')`;
  const hits = Prisma.sql`
    WITH candidates AS ${viewableIds === null ? Prisma.sql`NOT MATERIALIZED` : Prisma.sql`MATERIALIZED`} (${candidates})
    SELECT matched.id, max(matched.score)::float8 AS score, max(matched.closeness)::float8 AS closeness
    FROM (
      SELECT c.id, ${closeTo(text, Prisma.sql`u.name`)} FROM candidates c JOIN users u ON u.id = c."userId" WHERE ${text} <% u.name
      UNION ALL
      SELECT c.id, ${closeTo(text, Prisma.sql`c.headline`)} FROM candidates c WHERE ${text} <% c.headline
      UNION ALL
      SELECT es."expertProfileId", close_skills.score, close_skills.closeness
      FROM (${closeSkillsSql(text)}) close_skills
      JOIN expert_skills es ON es."skillId" = close_skills.id
      JOIN candidates c ON c.id = es."expertProfileId"
    ) matched
    GROUP BY matched.id`;
  return rankedPageSql(hits, { limit, offset });
}
