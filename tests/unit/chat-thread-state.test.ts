import { describe, expect, it } from "vitest";
import {
  addPending,
  addStored,
  moveReadMark,
  newestSeqFromOthers,
  othersReadSeq,
  replaceWithPage,
  threadMessages,
  threadStateFrom,
} from "@/components/chat/thread-state";
import type { ChatMessage, MessagePage } from "@/lib/chat/schemas";

const me = { id: "u-me", name: "Me" };
const them = { id: "u-them", name: "Them" };

const message = (seq: number, sender = them, clientMessageId = `c${seq}`): ChatMessage => ({
  id: `m${seq}`,
  seq,
  conversationId: "conv",
  clientMessageId,
  sender,
  body: `message ${seq}`,
  files: [],
  createdAt: new Date(Date.UTC(2026, 11, 1, 9, seq)).toISOString(),
});

const page = (messages: ChatMessage[], reads: [string, number][] = []): MessagePage => ({
  conversation: {
    id: "conv",
    title: "T",
    requestId: null,
    contractId: null,
    counterpart: { name: "Them", role: "EXPERT", headline: null },
    unreadCount: 0,
    lastMessageAt: null,
  },
  participants: reads.map(([userId, lastReadSeq]) => ({ userId, name: userId, role: "CLIENT", lastReadSeq })),
  messages,
  hasOlder: false,
  streamAfter: 0,
});

describe("thread state", () => {
  it("keeps a message once when it arrives from the POST answer, the stream and a replay", () => {
    let state = threadStateFrom(page([message(1)]));
    state = addStored(state, [message(3)]);
    state = addStored(state, [message(2), message(3)]);
    state = addStored(state, [message(3)]);
    expect(state.stored.map((stored) => stored.seq)).toEqual([1, 2, 3]);
  });

  it("replaces the pending copy of an own message by the stored one with the same clientMessageId", () => {
    let state = threadStateFrom(page([]));
    state = addPending(state, { status: "sending", clientMessageId: "retry-me", body: "hi", fileIds: [], createdAt: new Date().toISOString(), sender: me });
    expect(threadMessages(state).map((item) => item.status)).toEqual(["sending"]);
    state = addStored(state, [message(7, me, "retry-me")]);
    expect(threadMessages(state).map((item) => item.status)).toEqual(["stored"]);
    // Another sender's message with the same client id is someone else's: the pending one stays.
    state = addPending(state, { status: "failed", clientMessageId: "same", body: "x", fileIds: [], createdAt: new Date().toISOString(), sender: me });
    state = addStored(state, [message(8, them, "same")]);
    expect(state.pending).toHaveLength(1);
  });

  it("moves read marks only forward and reads receipts from the other side", () => {
    let state = threadStateFrom(
      page(
        [message(1, me), message(2, me)],
        [
          [me.id, 2],
          [them.id, 1],
        ],
      ),
    );
    expect(othersReadSeq(state, me.id)).toBe(1);
    state = moveReadMark(state, them.id, 2);
    state = moveReadMark(state, them.id, 1);
    expect(othersReadSeq(state, me.id)).toBe(2);
  });

  it("a reload replaces stored messages but keeps pending ones and the further read mark", () => {
    let state = threadStateFrom(page([message(1)], [[them.id, 5]]));
    state = addPending(state, { status: "failed", clientMessageId: "p", body: "x", fileIds: [], createdAt: new Date().toISOString(), sender: me });
    state = replaceWithPage(state, page([message(4), message(5)], [[them.id, 3]]));
    expect(state.stored.map((stored) => stored.seq)).toEqual([4, 5]);
    expect(state.pending).toHaveLength(1);
    expect(othersReadSeq(state, me.id)).toBe(5);
    expect(newestSeqFromOthers(state, me.id)).toBe(5);
  });
});
