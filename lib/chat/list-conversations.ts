import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { CONVERSATION_SELECT, LAST_MESSAGE_SELECT, toConversationSummary } from "./conversation-summary";
import { countUnreadByConversation, latestVisibleSeq } from "./count-unread";

const CONVERSATIONS_LISTED = 200;

/** The user's conversations, most recent activity first, with their last message and unread counts. */
export async function listConversations({ user }: { user: SessionUser }) {
  const streamAfter = await latestVisibleSeq(user.id);
  const rows = await db.conversation.findMany({
    where: { participants: { some: { userId: user.id } } },
    orderBy: [{ lastMessageAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    take: CONVERSATIONS_LISTED,
    select: { ...CONVERSATION_SELECT, ...LAST_MESSAGE_SELECT },
  });
  const unread = await countUnreadByConversation(user.id, rows.map((row) => row.id));
  const conversations = rows.map((row) =>
    toConversationSummary(user, row, { unreadCount: unread.get(row.id) ?? 0, lastMessage: row.messages[0] ?? null }),
  );
  const totalUnread = conversations.reduce((sum, conversation) => sum + conversation.unreadCount, 0);
  return { conversations, totalUnread, streamAfter };
}
