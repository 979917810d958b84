import { randomUUID } from "node:crypto";
import { SseReader } from "../support/sse";
import { type ChatParty, createChat, openStream, PRIMARY_URL, SECOND_URL, waitForHealthy } from "./chat-fixtures";
import { expect, test } from "./fixtures";

// Chat over real HTTP against two `next start` instances sharing one database.

type Posted = { message: { id: string; seq: number; body: string }; isDuplicate: boolean };

async function post(party: ChatParty, conversationId: string, body: string, clientMessageId = randomUUID()) {
  const response = await party.request.post(`/api/v1/conversations/${conversationId}/messages`, { data: { clientMessageId, body } });
  return {
    status: response.status(),
    json: (await response.json()) as Posted & { error?: { code: string; message: string; fields?: Record<string, string[]> } },
    headers: response.headers(),
  };
}

async function messageCount(party: ChatParty, conversationId: string) {
  const page = await (await party.request.get(`/api/v1/conversations/${conversationId}/messages?limit=100`)).json();
  return (page.messages as unknown[]).length;
}

test.describe("chat across app instances", () => {
  test.beforeAll(async () => {
    await waitForHealthy(SECOND_URL);
  });

  test("a message posted through instance A reaches a subscriber on instance B", async () => {
    const { client, experts, conversationOf } = await createChat(1);
    const conversationId = await conversationOf(experts[0]);
    const stream = await openStream(SECOND_URL, experts[0]);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get("content-type")).toContain("text/event-stream");
    const events = new SseReader(stream.response.body!);
    try {
      await events.next(["unread"]);
      const posted = await post(client, conversationId, "Hello from instance A");
      expect(posted.status).toBe(201);
      const received = await events.next(["message"], 5_000);
      expect(received.id).toBe(String(posted.json.message.seq));
      expect(JSON.parse(received.data).message).toMatchObject({ id: posted.json.message.id, body: "Hello from instance A", conversationId });
      expect(JSON.parse((await events.next(["unread"])).data)).toEqual({ type: "unread", totalUnread: 1 });

      const read = await experts[0].request.post(`/api/v1/conversations/${conversationId}/read`, { data: {} });
      expect(await read.json()).toEqual({ lastReadSeq: posted.json.message.seq, totalUnread: 0 });
    } finally {
      stream.close();
    }
  });

  test("a subscriber that reconnects with Last-Event-ID gets exactly the messages it missed", async () => {
    const { client, experts, conversationOf } = await createChat(1);
    const conversationId = await conversationOf(experts[0]);
    const first = await openStream(SECOND_URL, experts[0]);
    const firstEvents = new SseReader(first.response.body!);
    await firstEvents.next(["unread"]);
    const seen = await post(client, conversationId, "before the drop");
    const lastEventId = (await firstEvents.next(["message"])).id!;
    expect(lastEventId).toBe(String(seen.json.message.seq));
    first.close();

    const missed: number[] = [];
    for (const body of ["while away 1", "while away 2", "while away 3"]) missed.push((await post(client, conversationId, body)).json.message.seq);
    const second = await openStream(PRIMARY_URL, experts[0], { lastEventId });
    const secondEvents = new SseReader(second.response.body!);
    try {
      const replayed = await secondEvents.collect(["message"], 1_500);
      expect(replayed.map((event) => Number(event.id))).toEqual(missed);
      expect(replayed.map((event) => JSON.parse(event.data).message.body)).toEqual(["while away 1", "while away 2", "while away 3"]);
    } finally {
      second.close();
    }
  });

  test("a retried POST with the same client id creates one message", async () => {
    const { client, experts, conversationOf } = await createChat(1);
    const conversationId = await conversationOf(experts[0]);
    const clientMessageId = randomUUID();
    const attempts = await Promise.all([1, 2, 3].map(() => post(client, conversationId, "Sent once, retried thrice", clientMessageId)));
    expect(attempts.map((attempt) => attempt.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(attempts.map((attempt) => attempt.json.message.id)).size).toBe(1);
    expect(await messageCount(client, conversationId)).toBe(1);
  });

  test("a non-participant gets 404 on read, post, mark-read and stream, and nothing is written", async () => {
    const { client, experts, conversationOf } = await createChat(2);
    const [expert, otherExpert] = experts;
    const conversationId = await conversationOf(expert);
    const path = `/api/v1/conversations/${conversationId}`;
    expect((await otherExpert.request.get(`${path}/messages`)).status()).toBe(404);
    expect((await otherExpert.request.post(`${path}/messages`, { data: { clientMessageId: randomUUID(), body: "let me in" } })).status()).toBe(404);
    expect((await otherExpert.request.post(`${path}/read`, { data: {} })).status()).toBe(404);
    const stream = await openStream(PRIMARY_URL, otherExpert, { query: `?conversationId=${conversationId}` });
    expect(stream.response.status).toBe(404);
    expect((await stream.response.json()).error.code).toBe("NOT_FOUND");
    expect(await messageCount(client, conversationId)).toBe(0);
  });

  test("bad messages are 4xx with a message a person can act on, and write nothing; fast senders get a 429 with Retry-After", async () => {
    const { client, experts, conversationOf } = await createChat(1);
    const conversationId = await conversationOf(experts[0]);
    const url = `/api/v1/conversations/${conversationId}/messages`;
    const empty = await post(client, conversationId, "   ");
    expect(empty.status).toBe(422);
    expect(empty.json.error?.fields?.body).toEqual(["Write a message or attach a file before sending."]);
    const oversized = await post(client, conversationId, "x".repeat(4_001));
    expect(oversized.status).toBe(422);
    expect(oversized.json.error?.fields?.body?.[0]).toMatch(/under 4,000 characters/);
    expect((await client.request.post(url, { data: { body: "no client id" } })).status()).toBe(422);
    expect((await client.request.post(url, { headers: { "content-type": "application/json" }, data: Buffer.from("{oops") })).status()).toBe(400);
    expect((await client.request.post(url, { headers: { "content-type": "text/plain" }, data: Buffer.from("hi") })).status()).toBe(415);
    expect((await client.request.get(`${url}?before=abc`)).status()).toBe(422);
    expect(await messageCount(client, conversationId)).toBe(0);

    for (let index = 0; index < 30; index++) expect((await post(client, conversationId, `quick ${index}`)).status).toBe(201);
    const limited = await post(client, conversationId, "one too many");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(limited.json.error?.message).toMatch(/too fast/);
    expect(await messageCount(client, conversationId)).toBe(30);
  });
});
