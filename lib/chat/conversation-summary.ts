import type { SessionUser } from "@/lib/auth/session";
import type { ConversationSummary } from "./schemas";
import { toChatMessage, type MessageRow } from "./serialize";

// One conversation as a list row or a thread header: what it is about, who is on the other side.

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

export type ConversationRow = {
  id: string;
  requestId: string | null;
  contractId: string | null;
  lastMessageAt: Date | null;
  request: { title: string } | null;
  contract: { title: string } | null;
  participants: ParticipantRow[];
};

/** The person on the other side: the first participant who is not the reader, an admin only if no one else is. */
function counterpartOf(user: SessionUser, participants: ParticipantRow[]) {
  const others = participants.filter((participant) => participant.userId !== user.id);
  const counterpart = others.find((participant) => participant.user.role !== "ADMIN") ?? others[0];
  if (!counterpart) return { name: "Only you", role: user.role, headline: null };
  return { name: counterpart.user.name, role: counterpart.user.role, headline: counterpart.user.expertProfile?.headline ?? null };
}

export function toConversationSummary(
  user: SessionUser,
  row: ConversationRow,
  extra: { lastMessage: MessageRow | null },
): ConversationSummary {
  return {
    id: row.id,
    title: row.contract?.title ?? row.request?.title ?? "Conversation",
    requestId: row.requestId,
    contractId: row.contractId,
    counterpart: counterpartOf(user, row.participants),
    lastMessage: extra.lastMessage ? toChatMessage(extra.lastMessage) : null,
    // Kept on the reader's participant row; an admin reading a dispute is not a participant: 0.
    unreadCount: row.participants.find((participant) => participant.userId === user.id)?.unreadCount ?? 0,
    lastMessageAt: row.lastMessageAt?.toISOString() ?? null,
  };
}
