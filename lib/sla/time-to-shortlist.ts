import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

export type TimeToShortlist = {
  shortlistedCount: number;
  medianMilliseconds: number | null;
  p90Milliseconds: number | null;
  withinWindowShare: number | null;
};

type Row = { shortlisted: number; median_seconds: number | null; p90_seconds: number | null; within_window: number };

/** How long requests shortlisted in [from, to] took from submission, computed in SQL. */
export async function measureTimeToShortlist({ from, to, windowMs }: { from: Date; to: Date; windowMs: number }): Promise<TimeToShortlist> {
  const [row] = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH shortlisted AS (
      SELECT extract(epoch FROM ("shortlistedAt" - "submittedAt"))::float8 AS seconds
      FROM hiring_requests
      WHERE "shortlistedAt" IS NOT NULL AND "submittedAt" IS NOT NULL
        AND "shortlistedAt" >= ${from} AND "shortlistedAt" <= ${to}
    )
    SELECT
      count(*)::int AS shortlisted,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median_seconds,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90_seconds,
      (count(*) FILTER (WHERE seconds <= ${windowMs / 1000}))::int AS within_window
    FROM shortlisted`);
  const toMilliseconds = (seconds: number | null) => (seconds === null ? null : Math.round(seconds * 1000));
  return {
    shortlistedCount: row.shortlisted,
    medianMilliseconds: toMilliseconds(row.median_seconds),
    p90Milliseconds: toMilliseconds(row.p90_seconds),
    withinWindowShare: row.shortlisted > 0 ? row.within_window / row.shortlisted : null,
  };
}
