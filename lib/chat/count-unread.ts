import { Prisma } from "@/generated/prisma/client";
import { db, type Transaction } from "@/lib/db";

/** Messages others wrote after the user's read mark, over all the user's conversations. */
export async function countUnreadMessages(userId: string, client: Pick<Transaction, "$queryRaw"> = db) {
  const [row] = await client.$queryRaw<[{ count: bigint }]>(Prisma.sql`
    SELECT count(*) AS count
    FROM conversation_participants p
    JOIN messages m ON m."conversationId" = p."conversationId" AND m.seq > p."lastReadSeq"
    WHERE p."userId" = ${userId} AND m."senderId" <> ${userId}`);
  return Number(row.count);
}

/** Unread counts per conversation, for the conversation list. */
export async function countUnreadByConversation(userId: string, conversationIds: string[]) {
  if (!conversationIds.length) return new Map<string, number>();
  const rows = await db.$queryRaw<{ conversationId: string; count: bigint }[]>(Prisma.sql`
    SELECT p."conversationId", count(m.id) AS count
    FROM conversation_participants p
    JOIN messages m ON m."conversationId" = p."conversationId" AND m.seq > p."lastReadSeq" AND m."senderId" <> ${userId}
    WHERE p."userId" = ${userId} AND p."conversationId" IN (${Prisma.join(conversationIds)})
    GROUP BY p."conversationId"`);
  return new Map(rows.map((row) => [row.conversationId, Number(row.count)]));
}

/** The newest message seq in any conversation the user can read: where a fresh event stream starts. */
export async function latestVisibleSeq(userId: string) {
  const [row] = await db.$queryRaw<[{ seq: bigint | null }]>(Prisma.sql`
    SELECT max(m.seq) AS seq
    FROM conversation_participants p
    JOIN LATERAL (SELECT seq FROM messages WHERE "conversationId" = p."conversationId" ORDER BY seq DESC LIMIT 1) m ON true
    WHERE p."userId" = ${userId}`);
  return Number(row.seq ?? 0);
}
