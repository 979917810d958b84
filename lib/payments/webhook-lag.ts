import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

/** Stored Stripe events the worker has not processed yet, and how long the oldest has waited. */
export async function readWebhookLag(now: Date): Promise<{ unprocessed: number; oldestAgeMs: number | null }> {
  const [row] = await db.$queryRaw<{ unprocessed: bigint; oldest: Date | null }[]>(Prisma.sql`
    SELECT count(*) AS unprocessed, min("receivedAt") AS oldest FROM stripe_events WHERE "processedAt" IS NULL`);
  return {
    unprocessed: Number(row?.unprocessed ?? 0),
    oldestAgeMs: row?.oldest ? Math.max(0, now.getTime() - row.oldest.getTime()) : null,
  };
}
