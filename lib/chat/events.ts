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

/**
 * Message seqs come from a sequence, and sequence values are handed out before commit: without this
 * lock a later seq could commit first, and a client resuming after it would never see the earlier one.
 * Holding one transaction-scoped lock while inserting makes seq order equal commit order.
 */
const MESSAGE_ORDER_LOCK = 72_430_001;

export async function lockMessageOrder(tx: Transaction) {
  await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(${MESSAGE_ORDER_LOCK})`);
}
