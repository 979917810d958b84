import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AUTO_RELEASE_AFTER_MS } from "@/lib/milestones/auto-release";

// What experts see of a client on an invitation: the published expert → client ratings of the company,
// and whether it pays on time. "Pays on time" is read from the company's released milestones: the
// share the client approved before the automatic release (14 days after the last submission) rather
// than leaving the expert to wait for it. Shown from 3 released milestones up; at 90% or more it
// reads "pays on time", below that as the share.

export const PAYS_ON_TIME_MIN_MILESTONES = 3;
export const PAYS_ON_TIME_SHARE = 0.9;

export type ClientReputation = {
  ratingAverage: number | null;
  ratingCount: number;
  releasedMilestones: number;
  approvedBeforeAutoRelease: number;
  paysOnTime: boolean | null;
  summary: string | null;
};

export async function clientReputations(companyIds: string[]): Promise<Map<string, ClientReputation>> {
  const ids = [...new Set(companyIds)];
  if (!ids.length) return new Map();
  const [ratings, payments] = await Promise.all([
    db.review.groupBy({
      by: ["companyId"],
      where: { companyId: { in: ids }, direction: "EXPERT_TO_CLIENT", publishedAt: { not: null } },
      _count: { _all: true },
      _avg: { rating: true },
    }),
    db.$queryRaw<{ companyId: string; released: number; onTime: number }[]>(Prisma.sql`
      SELECT c."companyId", COUNT(*)::int AS released,
             COUNT(*) FILTER (WHERE m."releasedAt" < m."submittedAt" + ${AUTO_RELEASE_AFTER_MS} * INTERVAL '1 millisecond')::int AS "onTime"
      FROM milestones m JOIN contracts c ON c.id = m."contractId"
      WHERE c."companyId" IN (${Prisma.join(ids)}) AND m.status = 'RELEASED' AND m."submittedAt" IS NOT NULL AND m."releasedAt" IS NOT NULL
      GROUP BY c."companyId"`),
  ]);
  return new Map(
    ids.map((companyId) => {
      const rating = ratings.find((row) => row.companyId === companyId);
      const payment = payments.find((row) => row.companyId === companyId);
      return [
        companyId,
        reputationOf({
          ratingCount: rating?._count._all ?? 0,
          ratingAverage: rating?._avg.rating ?? null,
          releasedMilestones: payment?.released ?? 0,
          approvedBeforeAutoRelease: payment?.onTime ?? 0,
        }),
      ];
    }),
  );
}

export function reputationOf(input: Omit<ClientReputation, "paysOnTime" | "summary">): ClientReputation {
  const ratingAverage = input.ratingAverage === null ? null : Math.round(input.ratingAverage * 10) / 10;
  const hasPaymentHistory = input.releasedMilestones >= PAYS_ON_TIME_MIN_MILESTONES;
  const share = hasPaymentHistory ? input.approvedBeforeAutoRelease / input.releasedMilestones : null;
  const paysOnTime = share === null ? null : share >= PAYS_ON_TIME_SHARE;
  const parts = [
    input.ratingCount > 0 && ratingAverage !== null
      ? `${ratingAverage.toFixed(1)} from ${input.ratingCount} review${input.ratingCount === 1 ? "" : "s"}`
      : null,
    share === null ? null : paysOnTime ? "pays on time" : `approves ${Math.round(share * 100)}% of work before the automatic release`,
  ].filter((part): part is string => part !== null);
  return { ...input, ratingAverage, paysOnTime, summary: parts.length ? `This client: ${parts.join(" · ")}` : null };
}
