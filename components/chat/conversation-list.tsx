"use client";

import { useCallback, useEffect, useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadMore } from "@/components/ui/load-more";
import type { ChatMessage, ConversationSummary } from "@/lib/chat/schemas";
import { callApi } from "@/lib/endpoints/client";
import { useChatEvents, useChatStream } from "./chat-events-provider";
import { useChatClock } from "./chat-time";
import { ConversationRow } from "./conversation-row";

type ConversationListProps = {
  /** The first page from `listConversations({ user })`, loaded by the page. */
  initial: ConversationSummary[];
  /** Where the next, older page starts; null when the first page holds everything. */
  initialNextCursor: string | null;
  /** The stream position the list was read at (`listConversations().streamAfter`). */
  streamAfter: number;
  viewerId: string;
  /** The conversation shown beside the list, if any. */
  openConversationId?: string;
};

/** The newest page of conversations, or the one a `nextCursor` points at. */
const fetchConversationList = (cursor?: string) => callApi("GET /api/v1/conversations", { query: { cursor } });

/** A new message moves its conversation to the top; it counts as unread unless its thread is open in front of the reader. */
function withMessage(conversations: ConversationSummary[], message: ChatMessage, isSeen: boolean) {
  const conversation = conversations.find((candidate) => candidate.id === message.conversationId);
  if (!conversation) return conversations;
  // The stream can repeat a message after a reconnect; a repeat must not count twice.
  if (conversation.lastMessage && conversation.lastMessage.seq >= message.seq) return conversations;
  const updated: ConversationSummary = {
    ...conversation,
    lastMessage: message,
    lastMessageAt: message.createdAt,
    unreadCount: conversation.unreadCount + (isSeen ? 0 : 1),
  };
  return [updated, ...conversations.filter((candidate) => candidate.id !== conversation.id)];
}

/** Older pages after the ones already shown; a conversation that moved up since is not listed twice. */
function withOlderPage(conversations: ConversationSummary[], older: ConversationSummary[]) {
  const shown = new Set(conversations.map((conversation) => conversation.id));
  return [...conversations, ...older.filter((conversation) => !shown.has(conversation.id))];
}

export function ConversationList({ initial, initialNextCursor, streamAfter, viewerId, openConversationId }: ConversationListProps) {
  const [conversations, setConversations] = useState(initial);
  const [nextCursor, setNextCursor] = useState(initialNextCursor);
  const [isLoadingOlder, setIsLoadingOlder] = useState(false);
  const [olderProblem, setOlderProblem] = useState<string | null>(null);
  const stream = useChatStream();
  const clock = useChatClock();

  // Back to the newest page: what changed is at the top, and older pages can be opened again.
  const reload = useCallback(async () => {
    const list = await fetchConversationList();
    if (!list.ok) return;
    setConversations(list.data.conversations);
    setNextCursor(list.data.nextCursor);
  }, []);

  const loadOlder = async () => {
    if (!nextCursor) return;
    setIsLoadingOlder(true);
    setOlderProblem(null);
    const list = await fetchConversationList(nextCursor);
    setIsLoadingOlder(false);
    if (!list.ok) return setOlderProblem("Older conversations could not be loaded. Try again.");
    setConversations((current) => withOlderPage(current, list.data.conversations));
    setNextCursor(list.data.nextCursor);
  };

  useChatEvents((event) => {
    if (event.type === "reset") return void reload();
    if (event.type === "message") {
      const { message } = event;
      // A conversation this list has never seen (a new shortlist, say) needs its summary from the server.
      if (!conversations.some((conversation) => conversation.id === message.conversationId)) return void reload();
      const isSeen = message.sender.id === viewerId || (message.conversationId === openConversationId && document.visibilityState === "visible");
      setConversations((current) => withMessage(current, message, isSeen));
    }
    if (event.type === "read" && event.userId === viewerId) {
      setConversations((current) =>
        current.map((conversation) => (conversation.id === event.conversationId ? { ...conversation, unreadCount: 0 } : conversation)),
      );
    }
  });

  // Messages that arrived between rendering this page and subscribing went by unseen: fetch the list again.
  useEffect(() => {
    if (stream && stream.newestSeq() > streamAfter) void reload();
  }, [stream, streamAfter, reload]);

  if (conversations.length === 0) {
    return (
      <EmptyState
        title="No conversations yet"
        description="A conversation starts when a shortlist is delivered: clients can then message each shortlisted expert, and experts hear from the clients who shortlisted them."
      />
    );
  }

  return (
    <div className="space-y-3">
      <ul aria-label="Conversations" className="divide-y divide-slate-200 overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        {conversations.map((conversation) => (
          <ConversationRow
            key={conversation.id}
            conversation={conversation}
            viewerId={viewerId}
            isOpen={conversation.id === openConversationId}
            clock={clock}
          />
        ))}
      </ul>
      {nextCursor && (
        <LoadMore
          label="Show older conversations"
          loadingLabel="Loading older conversations…"
          isLoading={isLoadingOlder}
          problem={olderProblem}
          onLoad={loadOlder}
        />
      )}
    </div>
  );
}
