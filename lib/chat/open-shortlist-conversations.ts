import type { Transaction } from "@/lib/db";

/**
 * A conversation for each shortlisted expert and the client who raised the request, made when the
 * expert reaches the shortlist. Idempotent: a match has at most one conversation.
 */
export async function openShortlistConversations(tx: Transaction, requestId: string, now: Date) {
  const matches = await tx.match.findMany({
    where: { requestId, status: "SHORTLISTED", conversation: null },
    select: { id: true, expertProfile: { select: { userId: true } }, request: { select: { createdById: true } } },
  });
  for (const match of matches) {
    await tx.conversation.upsert({
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
    });
  }
}
