import type { ChatMessage, MessagePage } from "@/lib/chat/schemas";

// What the thread shows: stored messages in seq order, then this tab's own messages still on their way.
// A stored message can arrive twice (the POST answer and the stream's echo, or a replay after a
// reconnect); it is kept once, by id, and replaces the pending copy with the same clientMessageId.

export type PendingMessage = {
  status: "sending" | "failed";
  clientMessageId: string;
  body: string;
  /** Uploaded files going with it; a retry sends the same ones. */
  fileIds: string[];
  createdAt: string;
  sender: ChatMessage["sender"];
};

export type StoredMessage = ChatMessage & { status: "stored" };
export type ThreadMessage = StoredMessage | PendingMessage;
export type Participant = MessagePage["participants"][number];

export type ThreadState = {
  stored: StoredMessage[];
  pending: PendingMessage[];
  participants: Participant[];
  hasOlder: boolean;
};

export const threadStateFrom = (page: MessagePage): ThreadState => ({
  stored: page.messages.map((message) => ({ ...message, status: "stored" })),
  pending: [],
  participants: page.participants,
  hasOlder: page.hasOlder,
});

export function addStored(state: ThreadState, messages: ChatMessage[]): ThreadState {
  const byId = new Map(state.stored.map((message) => [message.id, message]));
  for (const message of messages) byId.set(message.id, { ...message, status: "stored" });
  const stored = [...byId.values()].sort((a, b) => a.seq - b.seq);
  const arrived = new Set(messages.map((message) => `${message.sender.id}:${message.clientMessageId}`));
  const pending = state.pending.filter((message) => !arrived.has(`${message.sender.id}:${message.clientMessageId}`));
  return { ...state, stored, pending };
}

export const addPending = (state: ThreadState, message: PendingMessage): ThreadState => ({
  ...state,
  pending: [...state.pending, message],
});

export const setPendingStatus = (state: ThreadState, clientMessageId: string, status: PendingMessage["status"]): ThreadState => ({
  ...state,
  pending: state.pending.map((message) => (message.clientMessageId === clientMessageId ? { ...message, status } : message)),
});

export const removePending = (state: ThreadState, clientMessageId: string): ThreadState => ({
  ...state,
  pending: state.pending.filter((message) => message.clientMessageId !== clientMessageId),
});

/** Read marks only move forward: a late, older event changes nothing. */
export const moveReadMark = (state: ThreadState, userId: string, lastReadSeq: number): ThreadState => ({
  ...state,
  participants: state.participants.map((participant) =>
    participant.userId === userId && participant.lastReadSeq < lastReadSeq ? { ...participant, lastReadSeq } : participant,
  ),
});

/**
 * A reloaded newest page replaces what was stored: after a gap, keeping older messages would hide it.
 * Messages still being sent stay, and read marks keep whichever is further.
 */
export function replaceWithPage(state: ThreadState, page: MessagePage): ThreadState {
  const known = new Map(state.participants.map((participant) => [participant.userId, participant.lastReadSeq]));
  const participants = page.participants.map((participant) => ({
    ...participant,
    lastReadSeq: Math.max(participant.lastReadSeq, known.get(participant.userId) ?? 0),
  }));
  return addStored({ stored: [], pending: state.pending, participants, hasOlder: page.hasOlder }, page.messages);
}

export const olderPageAdded = (state: ThreadState, page: MessagePage): ThreadState => ({
  ...addStored(state, page.messages),
  hasOlder: page.hasOlder,
});

export const threadMessages = (state: ThreadState): ThreadMessage[] => [...state.stored, ...state.pending];

/** The furthest any other participant has read: an own message at or below it shows "Read". */
export const othersReadSeq = (state: ThreadState, viewerId: string) =>
  Math.max(0, ...state.participants.filter((participant) => participant.userId !== viewerId).map((participant) => participant.lastReadSeq));

export const viewerReadSeq = (state: ThreadState, viewerId: string) =>
  state.participants.find((participant) => participant.userId === viewerId)?.lastReadSeq ?? 0;

/** The newest stored message someone else wrote, or 0. */
export function newestSeqFromOthers(state: ThreadState, viewerId: string) {
  for (let index = state.stored.length - 1; index >= 0; index--) {
    if (state.stored[index].sender.id !== viewerId) return state.stored[index].seq;
  }
  return 0;
}
