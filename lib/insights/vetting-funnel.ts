import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { InsightsRange } from "./range";
import { byWeek, share, toCount } from "./sql";

// The vetting funnel: applications submitted per week and the decisions admins took per week, the
// conversion of the period's applicants through the stages, and how long applications sat in each stage.

export const VETTING_STAGES = ["APPLIED", "SCREENING", "INTERVIEW"] as const;

export type VettingWeek = { week: string; applied: number; screening: number; interview: number; approved: number; rejected: number };
export type StageConversion = { stage: "SCREENING" | "INTERVIEW" | "APPROVED"; reached: number; share: number | null };
export type StageTime = { stage: (typeof VETTING_STAGES)[number]; decisions: number; medianHours: number | null };
export type VettingFunnel = { weeks: VettingWeek[]; applicants: number; conversion: StageConversion[]; timeInStage: StageTime[] };

type WeekRow = { week: string; applied: bigint; screening: bigint; interview: bigint; approved: bigint; rejected: bigint };

export async function measureVettingFunnel(range: InsightsRange): Promise<VettingFunnel> {
  const { start, end } = range;
  const [weekRows, [cohort], stageRows] = await Promise.all([
    db.$queryRaw<WeekRow[]>(Prisma.sql`
      WITH events AS (
        SELECT "submittedAt" AS at, 'APPLIED'::text AS status FROM expert_profiles WHERE "submittedAt" >= ${start} AND "submittedAt" < ${end}
        UNION ALL
        SELECT "createdAt", "toStatus"::text FROM vetting_decisions
        WHERE "toStatus" IN ('SCREENING', 'INTERVIEW', 'APPROVED', 'REJECTED') AND "createdAt" >= ${start} AND "createdAt" < ${end}
      )
      SELECT to_char(date_trunc('week', at), 'YYYY-MM-DD') AS week,
        count(*) FILTER (WHERE status = 'APPLIED') AS applied,
        count(*) FILTER (WHERE status = 'SCREENING') AS screening,
        count(*) FILTER (WHERE status = 'INTERVIEW') AS interview,
        count(*) FILTER (WHERE status = 'APPROVED') AS approved,
        count(*) FILTER (WHERE status = 'REJECTED') AS rejected
      FROM events GROUP BY 1`),
    db.$queryRaw<{ applicants: bigint; screening: bigint; interview: bigint; approved: bigint }[]>(Prisma.sql`
      SELECT count(*) AS applicants,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM vetting_decisions d WHERE d."expertProfileId" = p.id AND d."toStatus" IN ('SCREENING', 'INTERVIEW', 'APPROVED'))) AS screening,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM vetting_decisions d WHERE d."expertProfileId" = p.id AND d."toStatus" IN ('INTERVIEW', 'APPROVED'))) AS interview,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM vetting_decisions d WHERE d."expertProfileId" = p.id AND d."toStatus" = 'APPROVED')) AS approved
      FROM expert_profiles p WHERE p."submittedAt" >= ${start} AND p."submittedAt" < ${end}`),
    // Time in a stage: from entering it (the previous decision, or the submission for APPLIED) to the
    // decision that moved the application on, for the decisions taken in the period.
    db.$queryRaw<{ stage: string; decisions: bigint; median_hours: number | null }[]>(Prisma.sql`
      SELECT d."fromStatus"::text AS stage, count(*) AS decisions,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d."createdAt" - entered.at) / 3600) AS median_hours
      FROM vetting_decisions d
      JOIN expert_profiles p ON p.id = d."expertProfileId"
      CROSS JOIN LATERAL (
        SELECT coalesce(
          (SELECT max(previous."createdAt") FROM vetting_decisions previous
           WHERE previous."expertProfileId" = d."expertProfileId" AND previous."createdAt" < d."createdAt" AND previous."toStatus" = d."fromStatus"),
          CASE WHEN d."fromStatus" = 'APPLIED' THEN p."submittedAt" END) AS at
      ) entered
      WHERE d."fromStatus" IN ('APPLIED', 'SCREENING', 'INTERVIEW') AND d."createdAt" >= ${start} AND d."createdAt" < ${end} AND entered.at IS NOT NULL
      GROUP BY 1`),
  ]);
  const applicants = toCount(cohort?.applicants);
  const stageTimes = new Map(stageRows.map((row) => [row.stage, row]));
  return {
    weeks: byWeek(range, weekRows, (week, row) => ({
      week,
      applied: toCount(row?.applied),
      screening: toCount(row?.screening),
      interview: toCount(row?.interview),
      approved: toCount(row?.approved),
      rejected: toCount(row?.rejected),
    })),
    applicants,
    conversion: (["SCREENING", "INTERVIEW", "APPROVED"] as const).map((stage) => {
      const reached = toCount(cohort?.[stage.toLowerCase() as "screening" | "interview" | "approved"]);
      return { stage, reached, share: share(reached, applicants) };
    }),
    timeInStage: VETTING_STAGES.map((stage) => {
      const row = stageTimes.get(stage);
      return { stage, decisions: toCount(row?.decisions), medianHours: row?.median_hours == null ? null : Math.round(row.median_hours * 10) / 10 };
    }),
  };
}
