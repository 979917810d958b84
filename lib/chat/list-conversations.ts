import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { navigationCounts } from "@/lib/notifications/navigation-counts";
import { afterConversationCursor, CONVERSATION_ORDER, encodeConversationCursor } from "./conversation-cursor";
import { CONVERSATION_SELECT, lastMessagesOf, toConversationSummary } from "./conversation-summary";
import { CONVERSATIONS_PAGE_SIZE } from "./schemas";

/**
 * A page of the user's conversations, most recent activity first, with their last message and unread
 * counts. The page is chosen first on the bare sort key (with the reader's unread count beside it) and
 * only its rows are joined to people and messages: joined in one query, PostgreSQL would build every
 * conversation's details before the LIMIT.
 */
export async function listConversations({ user, cursor, limit = CONVERSATIONS_PAGE_SIZE }: { user: SessionUser; cursor?: string; limit?: number }) {
  const [counts, memberships] = await Promise.all([
    navigationCounts(user.id),
    db.conversationParticipant.findMany({
      where: { userId: user.id, ...(cursor && { conversation: afterConversationCursor(cursor) }) },
      orderBy: CONVERSATION_ORDER.map((order) => ({ conversation: order })),
      take: limit + 1,
      select: { unreadCount: true, conversation: { select: { id: true, lastMessageAt: true, createdAt: true } } },
    }),
  ]);
  const page = memberships.slice(0, limit);
  const ids = page.map((membership) => membership.conversation.id);
  const [rows, lastMessages] = await Promise.all([
    db.conversation.findMany({ where: { id: { in: ids } }, select: CONVERSATION_SELECT }),
    lastMessagesOf(ids),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const conversations = page.flatMap(({ conversation: { id }, unreadCount }) => {
    const row = byId.get(id);
    return row ? [toConversationSummary(user, row, { unreadCount, lastMessage: lastMessages.get(id) ?? null })] : [];
  });
  const nextCursor = memberships.length > limit ? encodeConversationCursor(page[page.length - 1].conversation) : null;
  return { conversations, totalUnread: counts.unreadMessages, streamAfter: counts.streamAfter, nextCursor };
}
