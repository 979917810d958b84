import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { markConversationRead } from "@/lib/chat/mark-read";
import { openUserStream } from "@/lib/chat/open-stream";
import { postMessage } from "@/lib/chat/post-message";
import { chatEventSchema, type ChatEvent } from "@/lib/chat/schemas";
import { createShortlistedRequest } from "../fixtures/chat";
import { SseReader } from "../support/sse";

type User = Parameters<typeof postMessage>[0]["user"];

const send = (user: User, conversationId: string, body: string) =>
  postMessage({ user, conversationId, input: { clientMessageId: randomUUID(), body }, now: new Date() });

async function open(user: User, options: { after?: number; lastEventId?: string; conversationId?: string } = {}) {
  const controller = new AbortController();
  const stream = await openUserStream({ user, lastEventId: options.lastEventId ?? null, after: options.after, conversationId: options.conversationId, signal: controller.signal });
  const reader = new SseReader(stream);
  await reader.next(["unread"]); // the stream is live once its catch-up has been sent
  return {
    reader,
    nextEvent: async (names = ["message"]) => chatEventSchema.parse(JSON.parse((await reader.next(names)).data)) as ChatEvent,
    close: async () => {
      controller.abort();
      await reader.close();
    },
  };
}

describe("the chat event stream", () => {
  it("delivers a committed message, its read receipt and the new unread count to the participants", async () => {
    const { client, experts, conversationWith } = await createShortlistedRequest(1);
    const [expert] = experts;
    const conversationId = conversationWith(expert);
    const clientStream = await open(client);
    const expertStream = await open(expert);
    try {
      const posted = await send(expert, conversationId, "Happy to start Monday.");
      const received = await clientStream.reader.next(["message"]);
      expect(received.id).toBe(String(posted.message.seq));
      expect(JSON.parse(received.data)).toEqual({ type: "message", message: posted.message });
      expect(await clientStream.nextEvent(["unread"])).toEqual({ type: "unread", totalUnread: 1 });
      expect(await expertStream.nextEvent()).toMatchObject({ type: "message", message: { id: posted.message.id } });

      await markConversationRead({ user: client, conversationId, now: new Date() });
      expect(await expertStream.nextEvent(["read"])).toEqual({ type: "read", conversationId, userId: client.id, lastReadSeq: posted.message.seq });
      expect(await clientStream.nextEvent(["unread"])).toEqual({ type: "unread", totalUnread: 0 });
    } finally {
      await Promise.all([clientStream.close(), expertStream.close()]);
    }
  });

  it("replays exactly what was committed after Last-Event-ID, in order, then continues live", async () => {
    const { client, experts, conversationWith } = await createShortlistedRequest(1);
    const [expert] = experts;
    const conversationId = conversationWith(expert);
    const seen = await send(expert, conversationId, "seen before the disconnect");
    const missed = [];
    for (const body of ["missed 1", "missed 2", "missed 3"]) missed.push((await send(expert, conversationId, body)).message);

    const stream = await open(client, { lastEventId: String(seen.message.seq), after: 0 });
    try {
      const live = await send(expert, conversationId, "live after the reconnect");
      const events = await stream.reader.collect(["message"], 1_000);
      expect(events.map((event) => JSON.parse(event.data).message.body)).toEqual(["missed 1", "missed 2", "missed 3", "live after the reconnect"]);
      expect(events.map((event) => Number(event.id))).toEqual([...missed.map((message) => message.seq), live.message.seq]);
    } finally {
      await stream.close();
    }
  });

  it("keeps seq order equal to commit order under concurrent senders, so a resume point never skips a message", async () => {
    const { client, experts, conversationWith } = await createShortlistedRequest(3);
    const stream = await open(client, { after: 0 });
    try {
      const posted = await Promise.all(
        experts.flatMap((expert) => Array.from({ length: 6 }, (_, index) => send(expert, conversationWith(expert), `burst ${index}`))),
      );
      const events = await stream.reader.collect(["message"], 2_000);
      const seqs = events.map((event) => Number(event.id));
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(new Set(seqs)).toEqual(new Set(posted.map((result) => result.message.seq)));
    } finally {
      await stream.close();
    }
  });

  it("never sends another user's messages, and a conversation filter keeps to that conversation", async () => {
    const first = await createShortlistedRequest(2);
    const [expertA, expertB] = first.experts;
    const streamA = await open(expertA);
    const filtered = await open(first.client, { conversationId: first.conversationWith(expertA) });
    try {
      await send(first.client, first.conversationWith(expertB), "for B only");
      await send(first.client, first.conversationWith(expertA), "for A");
      const toA = await streamA.reader.collect(["message"], 800);
      expect(toA.map((event) => JSON.parse(event.data).message.body)).toEqual(["for A"]);
      const toFiltered = await filtered.reader.collect(["message"], 300);
      expect(toFiltered.map((event) => JSON.parse(event.data).message.body)).toEqual(["for A"]);
    } finally {
      await Promise.all([streamA.close(), filtered.close()]);
    }
  });
});
