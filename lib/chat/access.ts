import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { assertCan } from "@/lib/teams/assert-can";

// Who may read a conversation: its participants, and admins once its contract is disputed. A company
// member whose role does not include conversations (finance, viewers) is refused outright, even if a
// participant row of theirs survived a role change. The rule sits in the `where`, so anyone else
// finds nothing (a 404 that also hides that it exists).

function assertMayChat(user: SessionUser) {
  if (user.role === "CLIENT") assertCan(user, "chat");
}

export function readableConversationWhere(user: SessionUser, conversationId?: string): Prisma.ConversationWhereInput {
  assertMayChat(user);
  const asParticipant: Prisma.ConversationWhereInput = { participants: { some: { userId: user.id } } };
  const access = user.role === "ADMIN" ? { OR: [asParticipant, { contract: { status: "DISPUTED" as const } }] } : asParticipant;
  return conversationId ? { id: conversationId, ...access } : access;
}

/** Posting and read receipts need a seat at the table: an admin joins a disputed conversation as a participant first. */
export function participantConversationWhere(user: SessionUser, conversationId: string): Prisma.ConversationWhereInput {
  assertMayChat(user);
  return { id: conversationId, participants: { some: { userId: user.id } } };
}
