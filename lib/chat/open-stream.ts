import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { participantConversationWhere } from "./access";
import { streamStartSeq } from "./count-unread";
import { openChatEventStream } from "./event-stream";

const SEQ = /^\d{1,15}$/;

/**
 * The stream for GET /api/v1/stream. A reconnecting EventSource sends Last-Event-ID, which wins over
 * `after` (the seq a page was rendered at); with neither, the stream starts now.
 */
export async function openUserStream(options: { user: SessionUser; conversationId?: string; after?: number; lastEventId: string | null; signal: AbortSignal }) {
  const { user, conversationId, signal } = options;
  if (conversationId) {
    const conversation = await db.conversation.findFirst({ where: participantConversationWhere(user, conversationId), select: { id: true } });
    if (!conversation) throw notFound("Conversation");
  }
  const resumeFrom = options.lastEventId && SEQ.test(options.lastEventId) ? Number(options.lastEventId) : options.after;
  const after = resumeFrom ?? (await streamStartSeq(user.id));
  return openChatEventStream({ user, after, conversationId, signal });
}
