import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { InsightsRange } from "./range";
import { toCount } from "./sql";

// Where to recruit: the skills most asked for by requests submitted in the period, beside how many
// approved experts offer each. Requests per approved expert says where supply is thinnest.

export const TOP_SKILLS = 15;

export type SkillDemand = { skill: string; requests: number; approvedExperts: number; requestsPerExpert: number | null };

export async function measureSkillDemand(range: InsightsRange): Promise<SkillDemand[]> {
  const rows = await db.$queryRaw<{ skill: string; requests: bigint; approved_experts: bigint }[]>(Prisma.sql`
    WITH demand AS (
      SELECT rs."skillId", count(*) AS requests
      FROM request_skills rs JOIN hiring_requests r ON r.id = rs."requestId"
      WHERE r."submittedAt" >= ${range.start} AND r."submittedAt" < ${range.end}
      GROUP BY 1 ORDER BY 2 DESC LIMIT ${TOP_SKILLS}
    ),
    -- One pass over the approved experts of all the top skills at once (not one per skill).
    supply AS (
      SELECT es."skillId", count(*) AS approved_experts
      FROM expert_skills es JOIN expert_profiles p ON p.id = es."expertProfileId"
      WHERE es."skillId" IN (SELECT "skillId" FROM demand) AND p."vettingStatus" = 'APPROVED'
      GROUP BY 1
    )
    SELECT s.name AS skill, d.requests, coalesce(supply.approved_experts, 0) AS approved_experts
    FROM demand d JOIN skills s ON s.id = d."skillId" LEFT JOIN supply ON supply."skillId" = d."skillId"
    ORDER BY d.requests DESC, s.name`);
  return rows.map((row) => {
    const approvedExperts = toCount(row.approved_experts);
    const requests = toCount(row.requests);
    return {
      skill: row.skill,
      requests,
      approvedExperts,
      requestsPerExpert: approvedExperts > 0 ? Math.round((requests / approvedExperts) * 100) / 100 : null,
    };
  });
}
