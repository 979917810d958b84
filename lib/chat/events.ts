import { Prisma } from "@/generated/prisma/client";
import type { Transaction } from "@/lib/db";

// Chat changes are announced with NOTIFY inside the transaction that makes them, so Postgres delivers
// the announcement on commit, to every app instance, and never for a change that rolled back.
// Payloads carry ids, not message text: NOTIFY payloads are capped at 8,000 bytes.

export const CHAT_CHANNEL = "vetted_chat";

export type ChatNotification =
  | { type: "message"; seq: number; conversationId: string; recipientIds: string[]; unread: Record<string, number> }
  | { type: "read"; conversationId: string; userId: string; lastReadSeq: number; recipientIds: string[]; unread: Record<string, number> };

export async function announceChatChange(tx: Transaction, notification: ChatNotification) {
  await tx.$executeRaw(Prisma.sql`SELECT pg_notify(${CHAT_CHANNEL}, ${JSON.stringify(notification)})`);
}

/** The first key of the two-key advisory locks below: the class "message order". */
const MESSAGE_ORDER_LOCKS = 72_430_001;

/** A user's second key: the 32-bit FNV-1a hash of the id. Two users sharing a key only wait on each other. */
function orderKeyOf(userId: string) {
  let hash = 0x811c9dc5;
  for (let index = 0; index < userId.length; index++) hash = Math.imul(hash ^ userId.charCodeAt(index), 0x01000193);
  return hash | 0;
}

/**
 * Message seqs come from a sequence, and sequence values are handed out before commit: without a lock
 * a later seq could commit first, and a stream resuming after it would never see the earlier one.
 * A post locks the message order of every participant until it commits (in key order, so that two
 * posts never deadlock): among the messages any one user can see, seq order is commit order, while
 * conversations with no one in common post in parallel. Readers of a user's order lock that user's.
 */
export async function lockMessageOrder(tx: Transaction, userIds: readonly string[]) {
  const keys = [...new Set(userIds.map(orderKeyOf))].sort((first, second) => first - second);
  await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(${MESSAGE_ORDER_LOCKS}::int, key) FROM unnest(${keys}::int[]) AS key`);
}
