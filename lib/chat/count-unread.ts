import { Prisma } from "@/generated/prisma/client";
import { db, type Transaction } from "@/lib/db";

/** Messages others wrote after the user's read mark, over all the user's conversations (kept per participant). */
export async function countUnreadMessages(userId: string, client: Pick<Transaction, "$queryRaw"> = db) {
  const [row] = await client.$queryRaw<[{ total: bigint | null }]>(Prisma.sql`
    SELECT sum("unreadCount") AS total FROM conversation_participants WHERE "userId" = ${userId}`);
  return Number(row.total ?? 0);
}

/** Recounts one participant's unread messages after their read mark moved (bounded by one conversation). */
export async function recountUnread(tx: Transaction, conversationId: string, userId: string, lastReadSeq: bigint) {
  return tx.message.count({ where: { conversationId, seq: { gt: lastReadSeq }, senderId: { not: userId } } });
}

/**
 * Where a fresh event stream starts: the newest committed message seq. Seqs are handed out in commit
 * order (posting holds lockMessageOrder), so whatever the user can read next comes after it, and
 * nothing between their own newest message and this one is theirs to see. One index probe, whoever asks.
 */
export async function streamStartSeq() {
  const [row] = await db.$queryRaw<[{ seq: bigint | null }]>(Prisma.sql`SELECT max(seq) AS seq FROM messages`);
  return Number(row.seq ?? 0);
}
