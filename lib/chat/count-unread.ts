import { Prisma } from "@/generated/prisma/client";
import { db, type Transaction } from "@/lib/db";

/** Messages others wrote after the user's read mark, over all the user's conversations (kept per participant). */
export async function countUnreadMessages(userId: string, client: Pick<Transaction, "$queryRaw"> = db) {
  const [row] = await client.$queryRaw<[{ total: bigint | null }]>(Prisma.sql`
    SELECT sum("unreadCount") AS total FROM conversation_participants WHERE "userId" = ${userId}`);
  return Number(row.total ?? 0);
}

/** Unread counts per conversation, for the conversation list. */
export async function countUnreadByConversation(userId: string, conversationIds: string[]) {
  const rows = await db.conversationParticipant.findMany({
    where: { userId, conversationId: { in: conversationIds }, unreadCount: { gt: 0 } },
    select: { conversationId: true, unreadCount: true },
  });
  return new Map(rows.map((row) => [row.conversationId, row.unreadCount]));
}

/** Recounts one participant's unread messages after their read mark moved (bounded by one conversation). */
export async function recountUnread(tx: Transaction, conversationId: string, userId: string, lastReadSeq: bigint) {
  return tx.message.count({ where: { conversationId, seq: { gt: lastReadSeq }, senderId: { not: userId } } });
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
