"use client";

import { createContext, type ReactNode, useContext, useEffect, useMemo, useRef, useState } from "react";
import { type ChatEvent, chatEventSchema } from "@/lib/chat/schemas";
import { operationUrl } from "@/lib/endpoints/client";

// One EventSource per tab for everything chat: the nav's unread count, the conversation list and the
// open thread all listen to the same stream instead of opening their own.

export type ChatEventListener = (event: ChatEvent) => void;

export type ChatStream = {
  /** Returns the unsubscribe function. */
  subscribe: (listener: ChatEventListener) => () => void;
  /**
   * The newest message seq this tab knows the stream has passed. A view rendered at an older seq may
   * have missed messages that arrived before it subscribed, and should reload.
   */
  newestSeq: () => number;
};

const EVENT_TYPES = ["message", "read", "unread", "reset"] as const;
const FIRST_RETRY_MS = 2_000;
const LONGEST_RETRY_MS = 60_000;

const ChatStreamContext = createContext<ChatStream | null>(null);
const UnreadMessagesContext = createContext<number | null>(null);

function parseEvent(data: unknown): ChatEvent | null {
  if (typeof data !== "string") return null;
  try {
    const parsed = chatEventSchema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

type ChatEventsProviderProps = { initialUnread: number; streamAfter: number; children: ReactNode };

export function ChatEventsProvider({ initialUnread, streamAfter, children }: ChatEventsProviderProps) {
  const [totalUnread, setTotalUnread] = useState(initialUnread);
  const [renderedUnread, setRenderedUnread] = useState(initialUnread);
  // A server refresh re-renders the layout with a fresh count: take it, as React suggests, during render.
  if (initialUnread !== renderedUnread) {
    setRenderedUnread(initialUnread);
    setTotalUnread(initialUnread);
  }

  const listeners = useRef(new Set<ChatEventListener>());
  const newestSeq = useRef(streamAfter);

  useEffect(() => {
    let source: EventSource | null = null;
    let retryTimer: number | undefined;
    let retryMs = FIRST_RETRY_MS;

    const deliver = (event: MessageEvent) => {
      const chatEvent = parseEvent(event.data);
      if (!chatEvent) return;
      if (chatEvent.type === "message") newestSeq.current = Math.max(newestSeq.current, chatEvent.message.seq);
      if (chatEvent.type === "unread") setTotalUnread(chatEvent.totalUnread);
      for (const listener of listeners.current) listener(chatEvent);
    };

    const connect = () => {
      // The browser resumes a dropped connection itself (with Last-Event-ID); only a refused one
      // (an error status, e.g. after signing out elsewhere) closes for good, and we start over from what we saw.
      source = new EventSource(operationUrl("GET /api/v1/stream", { query: { after: newestSeq.current } }));
      for (const type of EVENT_TYPES) source?.addEventListener(type, deliver);
      source.addEventListener("open", () => {
        retryMs = FIRST_RETRY_MS;
      });
      source.addEventListener("error", () => {
        if (source?.readyState !== EventSource.CLOSED) return;
        retryTimer = window.setTimeout(connect, retryMs);
        retryMs = Math.min(retryMs * 2, LONGEST_RETRY_MS);
      });
    };

    connect();
    return () => {
      window.clearTimeout(retryTimer);
      source?.close();
    };
  }, []);

  const stream = useMemo<ChatStream>(
    () => ({
      subscribe: (listener) => {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
      newestSeq: () => newestSeq.current,
    }),
    [],
  );

  return (
    <ChatStreamContext value={stream}>
      <UnreadMessagesContext value={totalUnread}>{children}</UnreadMessagesContext>
    </ChatStreamContext>
  );
}

/** The live event stream, or null when no user is signed in (nothing to listen to). */
export const useChatStream = () => useContext(ChatStreamContext);

/** The signed-in user's unread message count, kept live by the stream; null when signed out. */
export const useUnreadMessages = () => useContext(UnreadMessagesContext);

/** Calls `listener` for each chat event while mounted; the latest listener is used without resubscribing. */
export function useChatEvents(listener: ChatEventListener) {
  const stream = useChatStream();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => stream?.subscribe((event) => latest.current(event)), [stream]);
}
