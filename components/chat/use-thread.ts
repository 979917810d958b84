"use client";

import { useCallback, useEffect, useState } from "react";
import type { MessagePage } from "@/lib/chat/schemas";
import { callApi } from "@/lib/endpoints/client";
import { useChatEvents, useChatStream } from "./chat-events-provider";
import { newClientMessageId } from "./client-message-id";
import {
  addPending,
  addStored,
  moveReadMark,
  newestSeqFromOthers,
  olderPageAdded,
  type PendingMessage,
  removePending,
  replaceWithPage,
  setPendingStatus,
  type ThreadState,
  threadStateFrom,
  viewerReadSeq,
} from "./thread-state";
import { usePageVisible } from "./use-page-visible";

const READ_DELAY_MS = 400;

export type Viewer = { id: string; name: string };
export type Rejection = { message: string; bodyError?: string };

type Options = {
  page: MessagePage;
  viewer: Viewer;
  /** The server refused a message (too long, too fast, a file it would not take…): its text goes back to the composer. */
  onRejected: (body: string, rejection: Rejection) => void;
};

/** The newest page of a thread, or the one before seq `before` when loading earlier messages. */
const fetchMessagePage = (conversationId: string, before?: number) =>
  callApi("GET /api/v1/conversations/{id}/messages", { params: { id: conversationId }, query: { before } });

/** One thread's messages, kept live from the stream, with optimistic sending and read receipts. */
export function useThread({ page, viewer, onRejected }: Options) {
  const conversationId = page.conversation.id;
  const [state, setState] = useState<ThreadState>(() => threadStateFrom(page));
  const [isLoadingOlder, setLoadingOlder] = useState(false);
  const [olderProblem, setOlderProblem] = useState<string | null>(null);
  const stream = useChatStream();

  const reload = useCallback(async () => {
    const fresh = await fetchMessagePage(conversationId);
    if (fresh.ok) setState((current) => replaceWithPage(current, fresh.data));
  }, [conversationId]);

  useChatEvents((event) => {
    if (event.type === "reset") return void reload();
    if (event.type === "message" && event.message.conversationId === conversationId) {
      setState((current) => addStored(current, [event.message]));
    }
    if (event.type === "read" && event.conversationId === conversationId) {
      setState((current) => moveReadMark(current, event.userId, event.lastReadSeq));
    }
  });

  // Messages that arrived between rendering this page and subscribing went by unseen: fetch them.
  useEffect(() => {
    if (stream && stream.newestSeq() > page.streamAfter) void reload();
  }, [stream, page.streamAfter, reload]);

  useReadReceipts(conversationId, viewer, state, setState);

  async function deliver(message: PendingMessage) {
    const { clientMessageId, body, fileIds } = message;
    setState((current) => setPendingStatus(current, clientMessageId, "sending"));
    const answer = await callApi("POST /api/v1/conversations/{id}/messages", { params: { id: conversationId }, body: { clientMessageId, body, fileIds } });
    if (answer.ok) return setState((current) => addStored(current, [answer.data.message]));
    // No answer, or a failure on our side: the same clientMessageId may be sent again safely.
    if (answer.status === 0 || answer.status >= 500) return setState((current) => setPendingStatus(current, clientMessageId, "failed"));
    setState((current) => removePending(current, clientMessageId));
    onRejected(body, { message: answer.message, bodyError: answer.fields.body?.[0] ?? answer.fields.fileIds?.[0] });
  }

  function send(body: string, fileIds: string[] = []) {
    const message: PendingMessage = {
      status: "sending",
      clientMessageId: newClientMessageId(),
      body,
      fileIds,
      createdAt: new Date().toISOString(),
      sender: viewer,
    };
    setState((current) => addPending(current, message));
    void deliver(message);
  }

  /** Sends the same clientMessageId again: if the first attempt did reach the server, it is not stored twice. */
  function retry(clientMessageId: string) {
    const message = state.pending.find((pending) => pending.clientMessageId === clientMessageId);
    if (message) void deliver(message);
  }

  async function loadOlder() {
    const oldest = state.stored[0];
    if (!oldest || isLoadingOlder) return;
    setLoadingOlder(true);
    setOlderProblem(null);
    const older = await fetchMessagePage(conversationId, oldest.seq);
    setLoadingOlder(false);
    if (!older.ok) return setOlderProblem("Earlier messages could not be loaded. Try again in a moment.");
    setState((current) => olderPageAdded(current, older.data));
  }

  return { state, send, retry, loadOlder, isLoadingOlder, olderProblem };
}

/** While the tab is in front, marks new messages from others as read, so their side shows "Read". */
function useReadReceipts(conversationId: string, viewer: Viewer, state: ThreadState, setState: (update: (current: ThreadState) => ThreadState) => void) {
  const isVisible = usePageVisible();
  const isParticipant = state.participants.some((participant) => participant.userId === viewer.id);
  const newestFromOthers = newestSeqFromOthers(state, viewer.id);
  const hasUnread = newestFromOthers > viewerReadSeq(state, viewer.id);
  const shouldMark = isParticipant && isVisible && hasUnread;

  useEffect(() => {
    if (!shouldMark) return;
    // A burst of messages becomes one request.
    const timer = window.setTimeout(async () => {
      const read = await callApi("POST /api/v1/conversations/{id}/read", { params: { id: conversationId }, body: { upToSeq: newestFromOthers } });
      if (read.ok) setState((current) => moveReadMark(current, viewer.id, read.data.lastReadSeq));
    }, READ_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [shouldMark, conversationId, newestFromOthers, viewer.id, setState]);
}
