import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { navigationCounts } from "@/lib/notifications/navigation-counts";
import { readableConversationWhere } from "./access";
import { CONVERSATION_SELECT, counterpartOf, toConversationSummary, unreadCountOf } from "./conversation-summary";
import { MESSAGES_PAGE_SIZE, type MessagePage } from "./schemas";
import { MESSAGE_SELECT, toChatMessage } from "./serialize";

/** A page of a thread, oldest first: the newest `limit` messages, or those before seq `before`. */
export async function getMessagePage(options: { user: SessionUser; conversationId: string; before?: number; limit?: number }): Promise<MessagePage> {
  const { user, conversationId, before } = options;
  const limit = options.limit ?? MESSAGES_PAGE_SIZE;
  // Shared with the page's header within one render (cached per request).
  const [{ streamAfter }, conversation] = await Promise.all([
    navigationCounts(user.id),
    db.conversation.findFirst({ where: readableConversationWhere(user, conversationId), select: CONVERSATION_SELECT }),
  ]);
  if (!conversation) throw notFound("Conversation");
  const rows = await db.message.findMany({
    where: { conversationId, ...(before !== undefined && { seq: { lt: BigInt(before) } }) },
    orderBy: { seq: "desc" },
    take: limit + 1,
    select: MESSAGE_SELECT,
  });
  const { lastMessage: _omitted, ...summary } = toConversationSummary(
    { ...conversation, requestTitle: conversation.request?.title ?? null, contractTitle: conversation.contract?.title ?? null },
    { counterpart: counterpartOf(user, conversation.participants), unreadCount: unreadCountOf(user, conversation.participants), lastMessage: null },
  );
  return {
    conversation: summary,
    participants: conversation.participants.map((participant) => ({
      userId: participant.userId,
      name: participant.user.name,
      role: participant.user.role,
      lastReadSeq: Number(participant.lastReadSeq),
    })),
    messages: rows.slice(0, limit).reverse().map(toChatMessage),
    hasOlder: rows.length > limit,
    streamAfter,
  };
}
