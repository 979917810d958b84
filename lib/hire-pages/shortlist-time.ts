import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { ShortlistTime } from "./types";

/** Fewer shortlisted requests than this and the page shows no time: one slow week would be the whole story. */
export const MIN_REQUESTS_FOR_SHORTLIST_TIME = 5;

/** Median minutes from submitting a request to its shortlist, over requests that required one of the skills. */
export async function findShortlistTime(skillIds: readonly string[]): Promise<ShortlistTime | null> {
  const [row] = await db.$queryRaw<{ medianMinutes: number | null; sampleSize: number }[]>(Prisma.sql`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r."shortlistedAt" - r."submittedAt") / 60) AS "medianMinutes",
           count(*)::int AS "sampleSize"
    FROM hiring_requests r
    WHERE r."submittedAt" IS NOT NULL AND r."shortlistedAt" IS NOT NULL
      AND EXISTS (
        SELECT 1 FROM request_skills rs
        WHERE rs."requestId" = r.id AND rs."isRequired" AND rs."skillId" = ANY(${skillIds as string[]}::text[])
      )`);
  if (row.medianMinutes === null || row.sampleSize < MIN_REQUESTS_FOR_SHORTLIST_TIME) return null;
  return { medianMinutes: Math.round(row.medianMinutes), sampleSize: row.sampleSize };
}
