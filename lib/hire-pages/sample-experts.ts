import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { ELIGIBLE_EXPERTS_JOIN, IS_ELIGIBLE_EXPERT } from "./eligible-experts";
import { publicProfilePathOf } from "./public-profile-path";
import type { SampleExpert } from "./types";

const SAMPLE_EXPERTS = 4;
const SKILLS_PER_CARD = 5;

type Row = { name: string | null; publicSlug: string | null; headline: string; years: number; verifiedSkills: string[]; country: string | null };

/**
 * Up to four available, eligible experts with one of the page's skills verified, best rated first,
 * then by completed contracts. The query reads a name and the public profile's address only for experts
 * who made their profile public, and nothing that could identify anyone else: no id, email, photo, links or bio.
 * `years` is their longest experience in one of the page's skills; their verified skills list the
 * page's skills first.
 */
export async function findSampleExperts(skillIds: readonly string[]): Promise<SampleExpert[]> {
  const ids = skillIds as string[];
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT CASE WHEN ep."publicProfile" THEN u.name END AS name,
           CASE WHEN ep."publicProfile" THEN ep."publicSlug" END AS "publicSlug",
           ep.headline,
           ep.country,
           (SELECT max(es.years) FROM expert_skills es WHERE es."expertProfileId" = ep.id AND es."skillId" = ANY(${ids}::text[]))::int AS years,
           ARRAY(
             SELECT s.name FROM expert_skills es JOIN skills s ON s.id = es."skillId"
             WHERE es."expertProfileId" = ep.id AND es."verifiedAt" IS NOT NULL
             ORDER BY (es."skillId" = ANY(${ids}::text[])) DESC, es.years DESC, s.name
             LIMIT ${SKILLS_PER_CARD}
           ) AS "verifiedSkills"
    FROM expert_profiles ep
    ${ELIGIBLE_EXPERTS_JOIN}
    WHERE ${IS_ELIGIBLE_EXPERT} AND ep."isAvailable"
      AND EXISTS (
        SELECT 1 FROM expert_skills es
        WHERE es."expertProfileId" = ep.id AND es."skillId" = ANY(${ids}::text[]) AND es."verifiedAt" IS NOT NULL
      )
    ORDER BY ep."ratingSum"::float / NULLIF(ep."ratingCount", 0) DESC NULLS LAST, ep."completedContracts" DESC, ep."approvedAt", ep.id
    LIMIT ${SAMPLE_EXPERTS}`);
  return rows.map(({ name, publicSlug, headline, years, verifiedSkills, country }) => {
    const card = { headline, years, verifiedSkills, country: country?.trim() ?? null };
    return name === null ? { kind: "anonymous", ...card } : { kind: "named", name, profilePath: publicSlug ? publicProfilePathOf(publicSlug) : null, ...card };
  });
}
