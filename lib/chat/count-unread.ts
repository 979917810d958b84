import { Prisma } from "@/generated/prisma/client";
import { db, type Transaction } from "@/lib/db";

/** Messages others wrote after the user's read mark, over all the user's conversations (kept per participant). */
export async function countUnreadMessages(userId: string, client: Pick<Transaction, "$queryRaw"> = db) {
  const [row] = await client.$queryRaw<[{ total: bigint | null }]>(Prisma.sql`
    SELECT sum("unreadCount") AS total FROM conversation_participants WHERE "userId" = ${userId}`);
  return Number(row.total ?? 0);
}

/** countUnreadMessages for several users in one query: every user id gets a number. */
export async function countUnreadMessagesOf(userIds: readonly string[], client: Pick<Transaction, "$queryRaw"> = db) {
  const rows = await client.$queryRaw<{ userId: string; total: bigint | null }[]>(Prisma.sql`
    SELECT "userId", sum("unreadCount") AS total FROM conversation_participants WHERE "userId" = ANY(${[...userIds]}::text[]) GROUP BY "userId"`);
  const totals: Record<string, number> = Object.fromEntries(userIds.map((userId) => [userId, 0]));
  for (const row of rows) totals[row.userId] = Number(row.total ?? 0);
  return totals;
}

/** Recounts one participant's unread messages after their read mark moved (bounded by one conversation). */
export async function recountUnread(tx: Transaction, conversationId: string, userId: string, lastReadSeq: bigint) {
  return tx.message.count({ where: { conversationId, seq: { gt: lastReadSeq }, senderId: { not: userId } } });
}

/**
 * Where a fresh event stream for the user starts: the newest seq among their conversations. A post
 * holds the message order of every participant until it commits, and a trigger copies its seq to each
 * participant's row in the same transaction: any of the user's messages still to commit gets a higher
 * seq, so whatever the user can read next comes after this. An index-only read, however many
 * conversations the user has.
 */
export async function streamStartSeq(userId: string) {
  const [row] = await db.$queryRaw<[{ seq: bigint | null }]>(Prisma.sql`
    SELECT max("lastMessageSeq") AS seq FROM conversation_participants WHERE "userId" = ${userId}`);
  return Number(row.seq ?? 0);
}
