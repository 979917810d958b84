import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { participantConversationWhere } from "./access";
import { countUnreadMessages, recountUnread } from "./count-unread";
import { announceChatChange, lockMessageOrder } from "./events";

/**
 * Moves the reader's mark forward to `upToSeq` (or the newest message) and tells the other side: the
 * read receipt. The mark never moves back, so a late, older request changes nothing.
 */
export async function markConversationRead(options: { user: SessionUser; conversationId: string; upToSeq?: number; now: Date }) {
  const { user, conversationId, now } = options;
  const conversation = await db.conversation.findFirst({
    where: participantConversationWhere(user, conversationId),
    select: { id: true, messages: { orderBy: { seq: "desc" }, take: 1, select: { seq: true } } },
  });
  if (!conversation) throw notFound("Conversation");
  const newest = conversation.messages[0]?.seq ?? BigInt(0);
  const target = options.upToSeq === undefined || BigInt(options.upToSeq) > newest ? newest : BigInt(options.upToSeq);

  return db.$transaction(async (tx) => {
    // In line with posts, so the recount below cannot miss a message committing meanwhile.
    await lockMessageOrder(tx, [user.id]);
    const { count } = await tx.conversationParticipant.updateMany({
      where: { conversationId, userId: user.id, lastReadSeq: { lt: target } },
      data: { lastReadSeq: target, lastReadAt: now, unreadCount: await recountUnread(tx, conversationId, user.id, target) },
    });
    const participant = await tx.conversationParticipant.findUniqueOrThrow({
      where: { conversationId_userId: { conversationId, userId: user.id } },
      select: { lastReadSeq: true },
    });
    const totalUnread = await countUnreadMessages(user.id, tx);
    if (count) {
      const participants = await tx.conversationParticipant.findMany({ where: { conversationId }, select: { userId: true } });
      await announceChatChange(tx, {
        type: "read",
        conversationId,
        userId: user.id,
        lastReadSeq: Number(participant.lastReadSeq),
        recipientIds: participants.map((other) => other.userId),
        unread: { [user.id]: totalUnread },
      });
    }
    return { lastReadSeq: Number(participant.lastReadSeq), totalUnread };
  });
}
