import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { MESSAGE_SELECT, toChatMessage } from "./serialize";

export const REPLAY_LIMIT = 500;

/** Messages committed after seq `after` in the user's conversations (or one of them), oldest first. */
export async function replayMessages(options: { user: Pick<SessionUser, "id">; after: number; conversationId?: string }) {
  const rows = await db.message.findMany({
    where: {
      seq: { gt: BigInt(options.after) },
      conversation: { participants: { some: { userId: options.user.id } } },
      ...(options.conversationId && { conversationId: options.conversationId }),
    },
    orderBy: { seq: "asc" },
    take: REPLAY_LIMIT + 1,
    select: MESSAGE_SELECT,
  });
  return { messages: rows.slice(0, REPLAY_LIMIT).map(toChatMessage), isTruncated: rows.length > REPLAY_LIMIT };
}

export async function findMessageBySeq(seq: number) {
  const row = await db.message.findUnique({ where: { seq: BigInt(seq) }, select: MESSAGE_SELECT });
  return row && toChatMessage(row);
}
