import type { SessionUser } from "@/lib/auth/session";
import type { ConversationSummary } from "./schemas";
import { type MessageRow, toChatMessage } from "./serialize";

// One conversation as a list row or a thread header: what it is about, who is on the other side.
// The thread reads it through Prisma (CONVERSATION_SELECT, counterpartOf); the list in SQL
// (lib/chat/list-conversations.ts), which picks the counterpart by the same rule.

export const CONVERSATION_SELECT = {
  id: true,
  requestId: true,
  contractId: true,
  lastMessageAt: true,
  request: { select: { title: true } },
  contract: { select: { title: true } },
  participants: {
    orderBy: { joinedAt: "asc" },
    select: {
      userId: true,
      lastReadSeq: true,
      unreadCount: true,
      user: { select: { name: true, role: true, expertProfile: { select: { headline: true } } } },
    },
  },
} as const;

type ParticipantRow = {
  userId: string;
  unreadCount: number;
  user: { name: string; role: "CLIENT" | "EXPERT" | "ADMIN"; expertProfile: { headline: string | null } | null };
};

export type Counterpart = ConversationSummary["counterpart"];

export const onlyYou = (user: SessionUser): Counterpart => ({ name: "Only you", role: user.role, headline: null });

/** The person on the other side: the first participant who is neither the reader nor a colleague of theirs, an admin only if no one else is. */
export function counterpartOf(user: SessionUser, participants: ParticipantRow[]): Counterpart {
  const others = participants.filter((participant) => participant.userId !== user.id);
  const counterpart =
    others.find((participant) => participant.user.role !== "ADMIN" && participant.user.role !== user.role) ??
    others.find((participant) => participant.user.role !== "ADMIN") ??
    others[0];
  if (!counterpart) return onlyYou(user);
  return { name: counterpart.user.name, role: counterpart.user.role, headline: counterpart.user.expertProfile?.headline ?? null };
}

/** The reader's unread count, kept on their participant row; an admin reading a dispute is not a participant: 0. */
export const unreadCountOf = (user: SessionUser, participants: ParticipantRow[]) =>
  participants.find((participant) => participant.userId === user.id)?.unreadCount ?? 0;

export function toConversationSummary(
  row: {
    id: string;
    requestId: string | null;
    contractId: string | null;
    lastMessageAt: Date | null;
    requestTitle: string | null;
    contractTitle: string | null;
  },
  parts: { counterpart: Counterpart; unreadCount: number; lastMessage: MessageRow | null },
): ConversationSummary {
  return {
    id: row.id,
    title: row.contractTitle ?? row.requestTitle ?? "Conversation",
    requestId: row.requestId,
    contractId: row.contractId,
    counterpart: parts.counterpart,
    lastMessage: parts.lastMessage ? toChatMessage(parts.lastMessage) : null,
    unreadCount: parts.unreadCount,
    lastMessageAt: row.lastMessageAt?.toISOString() ?? null,
  };
}
