import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { navigationCounts } from "@/lib/notifications/navigation-counts";
import { afterConversationCursor, CONVERSATION_ORDER, encodeConversationCursor } from "./conversation-cursor";
import { CONVERSATION_SELECT, lastMessagesOf, toConversationSummary } from "./conversation-summary";
import { CONVERSATIONS_PAGE_SIZE } from "./schemas";

/**
 * A page of the user's conversations, most recent activity first, with their last message and unread
 * counts. The page is chosen first on the bare sort key and only its rows are joined to people and
 * messages: joined in one query (even a relation selected beside the key), PostgreSQL would build
 * every conversation's details before the LIMIT.
 */
export async function listConversations({ user, cursor, limit = CONVERSATIONS_PAGE_SIZE }: { user: SessionUser; cursor?: string; limit?: number }) {
  const [counts, keys] = await Promise.all([
    navigationCounts(user.id),
    db.conversation.findMany({
      where: { participants: { some: { userId: user.id } }, ...(cursor && afterConversationCursor(cursor)) },
      orderBy: CONVERSATION_ORDER,
      take: limit + 1,
      select: { id: true, lastMessageAt: true, createdAt: true },
    }),
  ]);
  const page = keys.slice(0, limit);
  const ids = page.map((key) => key.id);
  const [rows, lastMessages] = await Promise.all([
    db.conversation.findMany({ where: { id: { in: ids } }, select: CONVERSATION_SELECT }),
    lastMessagesOf(ids),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const conversations = page.flatMap(({ id }) => {
    const row = byId.get(id);
    return row ? [toConversationSummary(user, row, { lastMessage: lastMessages.get(id) ?? null })] : [];
  });
  const nextCursor = keys.length > limit ? encodeConversationCursor(page[page.length - 1]) : null;
  return { conversations, totalUnread: counts.unreadMessages, streamAfter: counts.streamAfter, nextCursor };
}
