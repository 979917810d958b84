import type { Transaction } from "@/lib/db";
import { seatChatMembers } from "@/lib/teams/conversation-seats";

/**
 * A conversation for each shortlisted expert and the client who raised the request, made when the
 * expert reaches the shortlist, with the company's other chat members seated too. Idempotent: a match
 * has at most one conversation.
 */
export async function openShortlistConversations(tx: Transaction, requestId: string, now: Date) {
  const matches = await tx.match.findMany({
    where: { requestId, status: "SHORTLISTED", conversation: null },
    select: { id: true, expertProfile: { select: { userId: true } }, request: { select: { createdById: true } } },
  });
  const conversationIds: string[] = [];
  for (const match of matches) {
    const conversation = await tx.conversation.upsert({
      where: { matchId: match.id },
      update: {},
      create: {
        requestId,
        matchId: match.id,
        createdAt: now,
        participants: {
          create: [
            { userId: match.request.createdById, joinedAt: now },
            { userId: match.expertProfile.userId, joinedAt: now },
          ],
        },
      },
      select: { id: true },
    });
    conversationIds.push(conversation.id);
  }
  await seatChatMembers(tx, conversationIds, now);
}
