import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { chatEventHub } from "@/lib/chat/event-hub";
import { HEARTBEAT_MS } from "@/lib/chat/event-stream";
import { announceChatChange, lockMessageOrder } from "@/lib/chat/events";
import { markConversationRead } from "@/lib/chat/mark-read";
import { openUserStream } from "@/lib/chat/open-stream";
import { postMessage } from "@/lib/chat/post-message";
import { type ChatEvent, chatEventSchema } from "@/lib/chat/schemas";
import { db } from "@/lib/db";
import { createShortlistedRequest } from "../fixtures/chat";
import { type ApiServer, sessionCookieFor, startApiServer } from "../support/api-server";
import { SseReader } from "../support/sse";

type User = Parameters<typeof postMessage>[0]["user"];

const send = (user: User, conversationId: string, body: string) =>
  postMessage({ user, conversationId, input: { clientMessageId: randomUUID(), body, fileIds: [] }, now: new Date() });

/** A promise and the function that settles it: a step another task waits for. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

async function open(user: User, options: { after?: number; lastEventId?: string; conversationId?: string } = {}) {
  const controller = new AbortController();
  const stream = await openUserStream({
    user,
    lastEventId: options.lastEventId ?? null,
    after: options.after,
    conversationId: options.conversationId,
    signal: controller.signal,
  });
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

  it("orders messages per participant: a post waits for its participants' order, not for conversations with no one in common", async () => {
    const first = await createShortlistedRequest(1);
    const second = await createShortlistedRequest(1);
    const [expert] = first.experts;
    const release = deferred();
    const locked = deferred();
    // Another transaction holds the first client's message order, as a post to them would.
    const holder = db.$transaction(async (tx) => {
      await lockMessageOrder(tx, [first.client.id]);
      locked.resolve();
      await release.promise;
    });
    await locked.promise;
    try {
      const unrelated = await send(second.experts[0], second.conversationWith(second.experts[0]), "not waiting");
      expect(unrelated.isDuplicate).toBe(false);
      let waitingPostDone = false;
      const waiting = send(expert, first.conversationWith(expert), "waits for the client's order").then((result) => {
        waitingPostDone = true;
        return result;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(waitingPostDone, "a post to a participant whose order is held waits").toBe(false);
      release.resolve();
      await holder;
      expect((await waiting).message.seq).toBeGreaterThan(unrelated.message.seq);
    } finally {
      release.resolve();
      await holder;
    }
  });

  it("starts a fresh stream before a message to the user that is still committing, even when a later seq elsewhere has committed", async () => {
    const mine = await createShortlistedRequest(1);
    const elsewhere = await createShortlistedRequest(1);
    const [expert] = mine.experts;
    const commit = deferred();
    const inserted = deferred<bigint>();
    // A post to the client caught between its insert and its commit, as postMessage holds it.
    const slowPost = db.$transaction(async (tx) => {
      await lockMessageOrder(tx, [mine.client.id, expert.id]);
      const message = await tx.message.create({
        data: { conversationId: mine.conversationWith(expert), senderId: expert.id, clientMessageId: randomUUID(), body: "committed last" },
        select: { seq: true },
      });
      await announceChatChange(tx, {
        type: "message",
        seq: Number(message.seq),
        conversationId: mine.conversationWith(expert),
        recipientIds: [mine.client.id, expert.id],
        unread: {},
      });
      inserted.resolve(message.seq);
      await commit.promise;
    });
    const slowSeq = await inserted.promise;
    const later = await send(elsewhere.experts[0], elsewhere.conversationWith(elsewhere.experts[0]), "a later seq, committed first");
    expect(BigInt(later.message.seq)).toBeGreaterThan(slowSeq);

    const stream = await open(mine.client);
    try {
      commit.resolve();
      await slowPost;
      const event = await stream.nextEvent();
      expect(event).toMatchObject({ type: "message", message: { seq: Number(slowSeq), body: "committed last" } });
    } finally {
      commit.resolve();
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

// GET /api/v1/stream as the app serves it: the API router behind @hono/node-server, over a socket.
describe("the chat event stream over HTTP", () => {
  let server: ApiServer;
  beforeAll(async () => {
    server = await startApiServer();
  });
  afterAll(() => server.close());

  /** Opens the stream and waits for it to be live (its catch-up's `unread` has arrived). */
  async function openOverHttp(user: User, init: { query?: string; headers?: Record<string, string> } = {}) {
    const controller = new AbortController();
    const response = await fetch(`${server.url}/api/v1/stream${init.query ?? ""}`, {
      headers: { cookie: await sessionCookieFor(user), accept: "text/event-stream", ...init.headers },
      signal: controller.signal,
    });
    const [forEvents, forText] = response.body!.tee();
    const reader = new SseReader(forEvents);
    const raw = { text: "" };
    void (async () => {
      const decoder = new TextDecoder();
      const textReader = forText.getReader();
      try {
        for (;;) {
          const { value, done } = await textReader.read();
          if (done) return;
          raw.text += decoder.decode(value, { stream: true });
        }
      } catch {
        // aborted
      }
    })();
    await reader.next(["unread"]);
    return { response, reader, raw, disconnect: () => controller.abort() };
  }

  const waitFor = async (isDone: () => boolean, what: string, timeoutMs = 5_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!isDone()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  it("streams each event as it happens: headers and the first bytes at once, a message while the response stays open", async () => {
    const { client, experts, conversationWith } = await createShortlistedRequest(1);
    const stream = await openOverHttp(client);
    try {
      expect(stream.response.status).toBe(200);
      expect(stream.response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
      expect(stream.response.headers.get("content-length")).toBeNull();
      expect(stream.response.headers.get("x-request-id")).toBeTruthy();
      expect(stream.response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(stream.raw.text).toMatch(/^retry: 2000\n: connected\n\n/);

      const startedAt = Date.now();
      const posted = await send(experts[0], conversationWith(experts[0]), "delivered without waiting for the end");
      const received = await stream.reader.next(["message"], 3_000);
      expect(received.id).toBe(String(posted.message.seq));
      expect(Date.now() - startedAt).toBeLessThan(3_000);
    } finally {
      stream.disconnect();
    }
  });

  it("sends a heartbeat comment every HEARTBEAT_MS", async () => {
    const { client } = await createShortlistedRequest(1);
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] }); // only the stream's heartbeat clock
    try {
      const stream = await openOverHttp(client);
      try {
        expect(stream.raw.text).not.toContain(": heartbeat");
        vi.advanceTimersByTime(HEARTBEAT_MS);
        await waitFor(() => stream.raw.text.includes(": heartbeat\n\n"), "the first heartbeat");
        vi.advanceTimersByTime(HEARTBEAT_MS);
        await waitFor(() => stream.raw.text.split(": heartbeat").length === 3, "the second heartbeat");
      } finally {
        stream.disconnect();
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it("ends the stream when the client goes away: its subscription to the event hub is dropped", async () => {
    const { client } = await createShortlistedRequest(1);
    const before = chatEventHub().subscriberCount;
    const stream = await openOverHttp(client);
    expect(chatEventHub().subscriberCount).toBe(before + 1);
    stream.disconnect();
    await waitFor(() => chatEventHub().subscriberCount === before, "the subscription to end");
  });

  it("resumes after Last-Event-ID (which wins over ?after), in order, then continues live", async () => {
    const { client, experts, conversationWith } = await createShortlistedRequest(1);
    const [expert] = experts;
    const conversationId = conversationWith(expert);
    const seen = await send(expert, conversationId, "seen before the disconnect");
    const missed = [];
    for (const body of ["missed 1", "missed 2"]) missed.push((await send(expert, conversationId, body)).message);

    const stream = await openOverHttp(client, { query: "?after=0", headers: { "last-event-id": String(seen.message.seq) } });
    try {
      const live = await send(expert, conversationId, "live after the reconnect");
      const events = await stream.reader.collect(["message"], 1_000);
      expect(events.map((event) => Number(event.id))).toEqual([...missed.map((message) => message.seq), live.message.seq]);
    } finally {
      stream.disconnect();
    }
  });

  it("refuses before streaming: 401 without a session, 404 for a conversation filter that is not yours, in the error shape", async () => {
    const first = await createShortlistedRequest(1);
    const second = await createShortlistedRequest(1);
    const anonymous = await fetch(`${server.url}/api/v1/stream`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
    const other = await fetch(`${server.url}/api/v1/stream?conversationId=${second.conversationWith(second.experts[0])}`, {
      headers: { cookie: await sessionCookieFor(first.client) },
    });
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});
