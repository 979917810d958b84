import { readRows } from "@/lib/db";

// How fast an expert answers in chat: for each of their most recent conversations, the time from the
// other side's first message to the expert's first reply after it; the median over those that got a
// reply. Shown only from MIN_SAMPLES replies up: one quick answer says little.

export const RECENT_CONVERSATIONS = 20;
export const MIN_SAMPLES = 3;

export type ResponseTime = { medianMinutes: number; sampleSize: number };

export async function findResponseTime(expertUserId: string): Promise<ResponseTime | null> {
  const [row] = await readRows<{ sampleSize: number; medianSeconds: number | null }>`
    WITH recent AS (
      SELECT cp."conversationId" FROM conversation_participants cp
      WHERE cp."userId" = ${expertUserId} AND cp."lastMessageAt" IS NOT NULL
      ORDER BY cp."lastMessageAt" DESC
      LIMIT ${RECENT_CONVERSATIONS}
    ), asked AS (
      SELECT r."conversationId",
        (SELECT min(m."createdAt") FROM messages m WHERE m."conversationId" = r."conversationId" AND m."senderId" <> ${expertUserId}) AS "askedAt"
      FROM recent r
    ), replies AS (
      SELECT a."askedAt",
        (SELECT min(m."createdAt") FROM messages m
          WHERE m."conversationId" = a."conversationId" AND m."senderId" = ${expertUserId} AND m."createdAt" >= a."askedAt") AS "repliedAt"
      FROM asked a WHERE a."askedAt" IS NOT NULL
    )
    SELECT count(*)::int AS "sampleSize",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r."repliedAt" - r."askedAt"))::float AS "medianSeconds"
    FROM replies r WHERE r."repliedAt" IS NOT NULL`;
  if (!row || row.sampleSize < MIN_SAMPLES || row.medianSeconds === null) return null;
  return { medianMinutes: Math.max(1, Math.round(row.medianSeconds / 60)), sampleSize: row.sampleSize };
}
