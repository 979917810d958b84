import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { InsightsRange } from "./range";
import { byWeek, share, toCount } from "./sql";

// How fast matched requests reach a shortlist, by the week they were submitted: the 8-hour promise
// (the request's matchDeadline) kept or not, and the spread of times. A request still inside its 8
// hours without a shortlist is not counted yet; one cancelled inside them never is.

export const SHORTLIST_BUCKETS = [
  { key: "under1h", label: "Under 1 hour", maxHours: 1 },
  { key: "from1to2h", label: "1–2 hours", maxHours: 2 },
  { key: "from2to4h", label: "2–4 hours", maxHours: 4 },
  { key: "from4to8h", label: "4–8 hours", maxHours: 8 },
  { key: "from8to24h", label: "8–24 hours", maxHours: 24 },
  { key: "over24h", label: "Over 24 hours", maxHours: null },
] as const;

export type SlaWeek = { week: string; submitted: number; due: number; kept: number; missed: number; hitRate: number | null };
export type ShortlistBucket = { key: string; label: string; requests: number };
export type TimeToShortlistInsight = { weeks: SlaWeek[]; distribution: ShortlistBucket[]; medianHours: number | null; kept: number; due: number };

const BUCKET_BOUNDS = SHORTLIST_BUCKETS.flatMap((bucket) => (bucket.maxHours === null ? [] : [bucket.maxHours]));

type WeekRow = { week: string; submitted: bigint; due: bigint; kept: bigint };

export async function measureTimeToShortlist(range: InsightsRange, now: Date): Promise<TimeToShortlistInsight> {
  const inRange = Prisma.sql`r.origin = 'MATCHING' AND r."submittedAt" >= ${range.start} AND r."submittedAt" < ${range.end} AND r."matchDeadline" IS NOT NULL`;
  const [weekRows, bucketRows, [median]] = await Promise.all([
    db.$queryRaw<WeekRow[]>(Prisma.sql`
      SELECT to_char(date_trunc('week', r."submittedAt"), 'YYYY-MM-DD') AS week, count(*) AS submitted,
        count(*) FILTER (WHERE r."shortlistedAt" IS NOT NULL
          OR (r."matchDeadline" <= ${now} AND (r."cancelledAt" IS NULL OR r."cancelledAt" > r."matchDeadline"))) AS due,
        count(*) FILTER (WHERE r."shortlistedAt" <= r."matchDeadline") AS kept
      FROM hiring_requests r WHERE ${inRange} GROUP BY 1`),
    db.$queryRaw<{ bucket: number; requests: bigint }[]>(Prisma.sql`
      SELECT width_bucket(extract(epoch FROM r."shortlistedAt" - r."submittedAt") / 3600, ARRAY[${Prisma.join(BUCKET_BOUNDS)}]::float8[]) AS bucket,
        count(*) AS requests
      FROM hiring_requests r WHERE ${inRange} AND r."shortlistedAt" IS NOT NULL GROUP BY 1`),
    db.$queryRaw<{ median_hours: number | null }[]>(Prisma.sql`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r."shortlistedAt" - r."submittedAt") / 3600) AS median_hours
      FROM hiring_requests r WHERE ${inRange} AND r."shortlistedAt" IS NOT NULL`),
  ]);
  const weeks = byWeek(range, weekRows, (week, row) => {
    const due = toCount(row?.due);
    const kept = toCount(row?.kept);
    return { week, submitted: toCount(row?.submitted), due, kept, missed: due - kept, hitRate: share(kept, due) };
  });
  const perBucket = new Map(bucketRows.map((row) => [Number(row.bucket), toCount(row.requests)]));
  const kept = weeks.reduce((sum, week) => sum + week.kept, 0);
  const due = weeks.reduce((sum, week) => sum + week.due, 0);
  return {
    weeks,
    // width_bucket: 0 below the first bound, i from the i-th bound on: the bucket's own index.
    distribution: SHORTLIST_BUCKETS.map((bucket, index) => ({ key: bucket.key, label: bucket.label, requests: perBucket.get(index) ?? 0 })),
    medianHours: median?.median_hours == null ? null : Math.round(median.median_hours * 10) / 10,
    kept,
    due,
  };
}
