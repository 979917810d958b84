import { Prisma } from "@/generated/prisma/client";
import { closeTo, rankedPageSql } from "@/lib/search/trigram";

export type ExpertHit = { id: string; score: number; total: number };

// Experts whose name, headline or one of whose skills is close to the text, best first. `viewableIds`
// null: every expert (admins). Otherwise those ids and public profiles; this is only a pre-filter, the
// caller keeps what seeableExpertProfileWhere allows (suspended or deleted accounts drop out there).
export function expertSearchSql({ text, viewableIds, limit, offset }: { text: string; viewableIds: string[] | null; limit: number; offset: number }) {
  const visible =
    viewableIds === null
      ? Prisma.sql`TRUE`
      : Prisma.sql`(ep.id = ANY(${viewableIds}::text[]) OR (ep."publicProfile" AND ep."publicSlug" IS NOT NULL AND ep."vettingStatus" = 'APPROVED'))`;
  const hits = Prisma.sql`
    SELECT matched.id, max(matched.score)::float8 AS score, max(matched.closeness)::float8 AS closeness
    FROM (
      SELECT ep.id, ${closeTo(text, Prisma.sql`u.name`)}
      FROM users u JOIN expert_profiles ep ON ep."userId" = u.id WHERE ${text} <% u.name
      UNION ALL
      SELECT ep.id, ${closeTo(text, Prisma.sql`ep.headline`)} FROM expert_profiles ep WHERE ${text} <% ep.headline
      UNION ALL
      SELECT es."expertProfileId", ${closeTo(text, Prisma.sql`s.name`)}
      FROM skills s JOIN expert_skills es ON es."skillId" = s.id WHERE ${text} <% s.name
    ) matched
    JOIN expert_profiles ep ON ep.id = matched.id
    WHERE ${visible}
    GROUP BY matched.id`;
  return rankedPageSql(hits, { limit, offset });
}
