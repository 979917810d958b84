import { cache } from "react";
import { readRows } from "@/lib/db";

export type NavigationCounts = { unreadNotifications: number; unreadMessages: number; streamAfter: number };

/**
 * What the header of every signed-in page needs, in one round trip: the unread notification and
 * message badges, and where the live chat stream starts (the newest committed message seq, as in
 * lib/chat/count-unread.ts). Cached per request: the header and the chat provider both ask.
 */
export const navigationCounts = cache(async (userId: string): Promise<NavigationCounts> => {
  const [row] = await readRows<{ notifications: bigint; messages: bigint | null; seq: bigint | null }>`
    SELECT
      (SELECT count(*) FROM notifications WHERE "userId" = ${userId} AND "readAt" IS NULL) AS notifications,
      (SELECT sum("unreadCount") FROM conversation_participants WHERE "userId" = ${userId}) AS messages,
      (SELECT max(seq) FROM messages) AS seq`;
  return { unreadNotifications: Number(row.notifications), unreadMessages: Number(row.messages ?? 0), streamAfter: Number(row.seq ?? 0) };
});
