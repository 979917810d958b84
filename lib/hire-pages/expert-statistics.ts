import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { ELIGIBLE_EXPERTS_JOIN, IS_ELIGIBLE_EXPERT } from "./eligible-experts";
import type { RateRange } from "./types";

/** Fewer rates than this in one currency and the page shows no range: it would describe a handful of people. */
export const MIN_EXPERTS_FOR_RATES = 5;

type Row = {
  verifiedExpertCount: number;
  currency: string | null;
  sampleSize: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
};

/**
 * How many eligible experts hold one of the skills verified, and the spread of the hourly rates of
 * everyone eligible who holds one of them (verified or not), in the currency most of them quote in
 * (USD on a tie). Percentiles are percentile_cont — linearly interpolated between the two nearest
 * rates, like a spreadsheet's PERCENTILE.INC — rounded to whole cents.
 */
export async function findExpertStatistics(skillIds: readonly string[]): Promise<{ verifiedExpertCount: number; rateRange: RateRange | null }> {
  const [row] = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH experts AS (
      SELECT ep.id, ep."hourlyRateCents" AS rate, ep.currency, bool_or(es."verifiedAt" IS NOT NULL) AS verified
      FROM expert_skills es
      JOIN expert_profiles ep ON ep.id = es."expertProfileId"
      ${ELIGIBLE_EXPERTS_JOIN}
      WHERE es."skillId" = ANY(${skillIds as string[]}::text[]) AND ${IS_ELIGIBLE_EXPERT}
      GROUP BY ep.id
    ),
    rates AS (
      SELECT currency, count(*)::int AS "sampleSize",
             percentile_cont(0.25) WITHIN GROUP (ORDER BY rate) AS p25,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY rate) AS median,
             percentile_cont(0.75) WITHIN GROUP (ORDER BY rate) AS p75
      FROM experts WHERE rate IS NOT NULL
      GROUP BY currency
      ORDER BY count(*) DESC, (currency = 'USD') DESC, currency
      LIMIT 1
    )
    SELECT (SELECT count(*)::int FROM experts WHERE verified) AS "verifiedExpertCount", rates.*
    FROM (SELECT 1) AS one LEFT JOIN rates ON true`);
  const { verifiedExpertCount, currency, sampleSize, p25, median, p75 } = row;
  const hasRates = currency !== null && sampleSize !== null && sampleSize >= MIN_EXPERTS_FOR_RATES && p25 !== null && median !== null && p75 !== null;
  return {
    verifiedExpertCount,
    rateRange: hasRates
      ? { p25Cents: Math.round(p25), medianCents: Math.round(median), p75Cents: Math.round(p75), currency: currency.trim(), sampleSize }
      : null,
  };
}
