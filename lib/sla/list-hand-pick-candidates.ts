import { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";

const CANDIDATES_SHOWN = 20;

type CandidateRow = {
  expertProfileId: string;
  name: string;
  headline: string;
  hourlyRateCents: number | null;
  currency: string;
  timezone: string | null;
  weeklyAvailableHours: number | null;
  ratingSum: number;
  ratingCount: number;
  completedContracts: number;
  matchStatus: string | null;
};

export type HandPickCandidate = Awaited<ReturnType<typeof listHandPickCandidates>>["candidates"][number];

/**
 * Admins only: approved, active, available experts who cover every required skill of the request
 * and are not already on its shortlist (or accepted onto it), best rated first.
 */
export async function listHandPickCandidates({ user, requestId, limit = CANDIDATES_SHOWN }: { user: SessionUser; requestId: string; limit?: number }) {
  if (user.role !== "ADMIN") throw forbidden("Only admins hand-pick experts.");
  const request = await db.hiringRequest.findUnique({ where: { id: requestId }, select: { id: true } });
  if (!request) throw notFound("Request");

  const rows = await db.$queryRaw<CandidateRow[]>(Prisma.sql`
    SELECT ep.id AS "expertProfileId", u.name, ep.headline, ep."hourlyRateCents", ep.currency::text AS currency, ep.timezone,
      ep."weeklyAvailableHours", ep."ratingSum", ep."ratingCount", ep."completedContracts", m.status::text AS "matchStatus"
    FROM expert_profiles ep
    JOIN users u ON u.id = ep."userId"
    LEFT JOIN matches m ON m."requestId" = ${requestId} AND m."expertProfileId" = ep.id
    WHERE ep."vettingStatus" = 'APPROVED' AND ep."isAvailable" AND u."suspendedAt" IS NULL
      AND (m.status IS NULL OR m.status NOT IN ('ACCEPTED', 'SHORTLISTED', 'HIRED', 'PASSED'))
      AND NOT EXISTS (
        SELECT 1 FROM request_skills rs
        WHERE rs."requestId" = ${requestId} AND rs."isRequired"
          AND NOT EXISTS (SELECT 1 FROM expert_skills es WHERE es."expertProfileId" = ep.id AND es."skillId" = rs."skillId")
      )
    ORDER BY CASE WHEN ep."ratingCount" > 0 THEN ep."ratingSum"::float8 / ep."ratingCount" END DESC NULLS LAST,
      ep."ratingCount" DESC, ep."completedContracts" DESC, ep.id
    LIMIT ${limit}`);

  return {
    candidates: rows.map(({ ratingSum, ...row }) => ({
      ...row,
      ratingAverage: row.ratingCount > 0 ? Math.round((ratingSum / row.ratingCount) * 10) / 10 : null,
    })),
  };
}
