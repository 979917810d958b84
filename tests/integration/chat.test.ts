import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getMessagePage } from "@/lib/chat/get-message-page";
import { listConversations } from "@/lib/chat/list-conversations";
import { markConversationRead } from "@/lib/chat/mark-read";
import { openUserStream } from "@/lib/chat/open-stream";
import { CHAT_MESSAGES, postMessage } from "@/lib/chat/post-message";
import { postMessageSchema } from "@/lib/chat/schemas";
import { sendUnreadEmail } from "@/lib/chat/send-unread-email";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deliverShortlist } from "@/lib/matching/deliver-shortlist";
import { clearHits } from "@/lib/rate-limit";
import { createShortlistedRequest } from "../fixtures/chat";
import { createAdmin, createApprovedExperts, createClient, createSkill } from "../fixtures/matching";
import { type ApiServer, sessionCookieFor, startApiServer } from "../support/api-server";

const send = (user: Parameters<typeof postMessage>[0]["user"], conversationId: string, body: string, clientMessageId = randomUUID()) =>
  postMessage({ user, conversationId, input: postMessageSchema.parse({ clientMessageId, body }), now: new Date() });

async function expectNotFound(promise: Promise<unknown>) {
  await expect(promise).rejects.toSatisfy((error: unknown) => error instanceof AppError && error.code === "NOT_FOUND");
}

describe("conversations", () => {
  it("opens one conversation per shortlisted expert with the client, once, when the shortlist is delivered", async () => {
    const { client, experts, requestId, conversationWith } = await createShortlistedRequest(2);
    await db.$transaction((tx) => deliverShortlist(tx, requestId, new Date())); // a repeat changes nothing
    const conversations = await db.conversation.findMany({
      where: { requestId },
      select: { participants: { select: { userId: true } } },
    });
    expect(conversations).toHaveLength(2);
    for (const expert of experts) {
      const participants = await db.conversationParticipant.findMany({ where: { conversationId: conversationWith(expert) }, select: { userId: true } });
      expect(participants.map((participant) => participant.userId).sort()).toEqual([client.id, expert.id].sort());
    }
    const list = await listConversations({ user: client });
    expect(list.conversations.map((conversation) => conversation.counterpart.name).sort()).toEqual(experts.map((expert) => expert.name).sort());
  });

  it("lists each conversation with its title, the person on the other side, the last message and the reader's unread count", async () => {
    const { client, experts, requestId, conversationWith } = await createShortlistedRequest(2);
    const conversationId = conversationWith(experts[0]);
    await send(client, conversationId, "Are you free on Monday?");
    const { message } = await send(experts[0], conversationId, "Monday works.");
    const { title } = await db.hiringRequest.findUniqueOrThrow({ where: { id: requestId }, select: { title: true } });

    const forClient = await listConversations({ user: client });
    expect(forClient.conversations.find((conversation) => conversation.id === conversationId)).toEqual({
      id: conversationId,
      title,
      requestId,
      contractId: null,
      counterpart: { name: experts[0].name, role: "EXPERT", headline: "Fixture engineer" },
      lastMessage: { ...message, sender: { id: experts[0].id, name: experts[0].name } },
      unreadCount: 1,
      lastMessageAt: message.createdAt,
    });
    expect(forClient.conversations.find((conversation) => conversation.id === conversationWith(experts[1]))).toMatchObject({
      lastMessage: null,
      lastMessageAt: null,
      unreadCount: 0,
    });

    const forExpert = await listConversations({ user: experts[0] });
    expect(forExpert.conversations).toEqual([
      expect.objectContaining({ id: conversationId, counterpart: { name: client.name, role: "CLIENT", headline: null }, unreadCount: 0 }),
    ]);
  });

  it("lists nothing for someone without conversations, and a stream position at the newest message among the user's own", async () => {
    const mine = await createShortlistedRequest(1);
    const [expert] = mine.experts;
    const posted = await send(expert, mine.conversationWith(expert), "the newest one the client can see");
    const elsewhere = await createShortlistedRequest(1); // somebody else's later message
    const later = await send(elsewhere.experts[0], elsewhere.conversationWith(elsewhere.experts[0]), "not the client's");
    expect(later.message.seq).toBeGreaterThan(posted.message.seq);

    expect((await listConversations({ user: mine.client })).streamAfter).toBe(posted.message.seq);
    const newcomer = await createClient();
    expect(await listConversations({ user: newcomer })).toEqual({ conversations: [], totalUnread: 0, nextCursor: null, streamAfter: 0 });
  });

  it("names the same person on the other side in the list as in the thread: another member first, an admin only if no one else is", async () => {
    const { client, experts } = await createShortlistedRequest(1);
    const admin = await createAdmin();
    const joined = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
    const conversation = (participants: { userId: string; joinedAt: Date }[]) =>
      db.conversation.create({ data: { participants: { create: participants } }, select: { id: true } });
    const threeWay = await conversation([
      { userId: admin.id, joinedAt: joined(30) },
      { userId: client.id, joinedAt: joined(20) },
      { userId: experts[0].id, joinedAt: joined(10) },
    ]);
    const withAdmin = await conversation([
      { userId: client.id, joinedAt: joined(20) },
      { userId: admin.id, joinedAt: joined(10) },
    ]);
    const alone = await conversation([{ userId: client.id, joinedAt: joined(5) }]);
    const expected = [
      { reader: client, conversationId: threeWay.id, counterpart: { name: experts[0].name, role: "EXPERT", headline: "Fixture engineer" } },
      { reader: admin, conversationId: threeWay.id, counterpart: { name: client.name, role: "CLIENT", headline: null } },
      { reader: experts[0], conversationId: threeWay.id, counterpart: { name: client.name, role: "CLIENT", headline: null } },
      { reader: client, conversationId: withAdmin.id, counterpart: { name: admin.name, role: "ADMIN", headline: null } },
      { reader: client, conversationId: alone.id, counterpart: { name: "Only you", role: "CLIENT", headline: null } },
    ];
    for (const { reader, conversationId, counterpart } of expected) {
      const listed = (await listConversations({ user: reader, limit: 100 })).conversations.find((row) => row.id === conversationId);
      const thread = await getMessagePage({ user: reader, conversationId });
      expect(listed?.counterpart, `${reader.name} in the list`).toEqual(counterpart);
      expect(thread.conversation.counterpart, `${reader.name} in the thread`).toEqual(counterpart);
      expect(listed).toMatchObject({ ...thread.conversation, lastMessage: null });
    }
  });

  it("pages the list newest activity first, every conversation exactly once, the silent ones last", async () => {
    const { client, experts, conversationWith } = await createShortlistedRequest(5);
    // Two conversations share one lastMessageAt: the cursor must still tell them apart.
    const sameMoment = new Date("2026-11-30T12:00:00.000Z");
    await db.conversation.updateMany({
      where: { id: { in: [conversationWith(experts[0]), conversationWith(experts[1])] } },
      data: { lastMessageAt: sameMoment },
    });
    await db.conversation.update({ where: { id: conversationWith(experts[2]) }, data: { lastMessageAt: new Date("2026-11-30T13:00:00.000Z") } });
    await send(experts[3], conversationWith(experts[3]), "The newest activity");
    const pages = [];
    let cursor: string | undefined;
    do {
      const page = await listConversations({ user: client, cursor, limit: 2 });
      pages.push(page.conversations);
      cursor = page.nextCursor ?? undefined;
    } while (cursor && pages.length < 10);
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    const order = pages.flat().map((conversation) => conversation.id);
    expect(new Set(order).size).toBe(5);
    expect(order.slice(0, 2)).toEqual([conversationWith(experts[3]), conversationWith(experts[2])]);
    expect(order.slice(2, 4).sort()).toEqual([conversationWith(experts[0]), conversationWith(experts[1])].sort());
    expect(order[4]).toBe(conversationWith(experts[4])); // never messaged
    // The total counts every conversation, not just the page it came with.
    expect((await listConversations({ user: client, limit: 1 })).totalUnread).toBe(1);
    await expect(listConversations({ user: client, cursor: "bm90LWEtY3Vyc29y" })).rejects.toSatisfy(
      (error: unknown) => error instanceof AppError && error.code === "BAD_REQUEST",
    );
  });
});

describe("posting messages", () => {
  it("stores a message once however often the same clientMessageId is retried", async () => {
    const { client, experts, conversationWith } = await createShortlistedRequest(1);
    const conversationId = conversationWith(experts[0]);
    const clientMessageId = randomUUID();
    const first = await send(client, conversationId, "Hello! Are you free next week?", clientMessageId);
    const retries = await Promise.all([1, 2, 3].map(() => send(client, conversationId, "Hello! Are you free next week?", clientMessageId)));
    expect(first.isDuplicate).toBe(false);
    expect(retries.every((retry) => retry.isDuplicate && retry.message.id === first.message.id)).toBe(true);
    expect(await db.message.count({ where: { conversationId } })).toBe(1);
    await expect(send(client, conversationId, "A different text", clientMessageId)).rejects.toSatisfy(
      (error: unknown) => error instanceof AppError && error.code === "CONFLICT",
    );
  });

  it("counts unread messages for the other side until they read; the read mark never moves back", async () => {
    const { client, experts, conversationWith } = await createShortlistedRequest(1);
    const [expert] = experts;
    const conversationId = conversationWith(expert);
    await send(expert, conversationId, "Hi, I read the brief.");
    const second = await send(expert, conversationId, "Two questions about the data model.");
    expect((await listConversations({ user: client })).totalUnread).toBe(2);
    expect((await listConversations({ user: expert })).totalUnread).toBe(0);
    const partly = await markConversationRead({ user: client, conversationId, upToSeq: second.message.seq - 1, now: new Date() });
    expect(partly.totalUnread).toBe(1);
    expect((await listConversations({ user: client })).conversations.find((conversation) => conversation.id === conversationId)?.unreadCount).toBe(1);

    const read = await markConversationRead({ user: client, conversationId, now: new Date() });
    expect(read).toEqual({ lastReadSeq: second.message.seq, totalUnread: 0 });
    const older = await markConversationRead({ user: client, conversationId, upToSeq: second.message.seq - 1, now: new Date() });
    expect(older.lastReadSeq).toBe(second.message.seq);
    const page = await getMessagePage({ user: expert, conversationId });
    expect(page.participants.find((participant) => participant.userId === client.id)?.lastReadSeq).toBe(second.message.seq);
  });

  it("pages back through a long thread without gaps or overlaps", async () => {
    const { client, experts, conversationWith } = await createShortlistedRequest(1);
    const conversationId = conversationWith(experts[0]);
    for (let index = 0; index < 7; index++) await send(client, conversationId, `message ${index}`);
    const newest = await getMessagePage({ user: client, conversationId, limit: 3 });
    const middle = await getMessagePage({ user: client, conversationId, limit: 3, before: newest.messages[0].seq });
    const oldest = await getMessagePage({ user: client, conversationId, limit: 3, before: middle.messages[0].seq });
    expect([...oldest.messages, ...middle.messages, ...newest.messages].map((message) => message.body)).toEqual(
      Array.from({ length: 7 }, (_, index) => `message ${index}`),
    );
    expect([newest.hasOlder, middle.hasOlder, oldest.hasOlder]).toEqual([true, true, false]);
  });

  it("limits each sender to 30 messages a minute with a retry time", async () => {
    const { client, experts, conversationWith } = await createShortlistedRequest(1);
    const conversationId = conversationWith(experts[0]);
    await clearHits(CHAT_MESSAGES, client.id);
    for (let index = 0; index < CHAT_MESSAGES.max; index++) await send(client, conversationId, `quick ${index}`);
    const blocked = await send(client, conversationId, "one too many").catch((error: unknown) => error);
    expect(blocked).toBeInstanceOf(AppError);
    expect((blocked as AppError).code).toBe("RATE_LIMITED");
    expect((blocked as AppError).retryAfterSeconds).toBeGreaterThan(0);
    expect(await db.message.count({ where: { conversationId } })).toBe(CHAT_MESSAGES.max);
  });

  it("rejects empty, oversized and malformed messages in the shared schema", () => {
    const id = randomUUID();
    expect(postMessageSchema.safeParse({ clientMessageId: id, body: "   " }).success).toBe(false);
    expect(postMessageSchema.safeParse({ clientMessageId: id, body: "x".repeat(4_001) }).success).toBe(false);
    expect(postMessageSchema.safeParse({ clientMessageId: "not-a-uuid", body: "hi" }).success).toBe(false);
    expect(postMessageSchema.safeParse({ clientMessageId: id, body: "hi", extra: true }).success).toBe(false);
    expect(postMessageSchema.parse({ clientMessageId: id, body: "  hi  " }).body).toBe("hi");
  });
});

describe("who may read and write", () => {
  it("hides a conversation from everyone but its participants, and shows a disputed one to admins read-only", async () => {
    const { client, experts, conversationWith } = await createShortlistedRequest(2);
    const [expert, otherExpert] = experts;
    const conversationId = conversationWith(expert);
    const skill = await createSkill();
    const [outsider] = await createApprovedExperts(skill.id, 1);
    const otherClient = await createClient();
    const admin = await createAdmin();
    const signal = new AbortController().signal;
    for (const stranger of [otherExpert, outsider, otherClient, admin]) {
      await expectNotFound(getMessagePage({ user: stranger, conversationId }));
      await expectNotFound(send(stranger, conversationId, "Let me in"));
      await expectNotFound(markConversationRead({ user: stranger, conversationId, now: new Date() }));
      await expectNotFound(openUserStream({ user: stranger, conversationId, lastEventId: null, signal }));
    }
    expect(await db.message.count({ where: { conversationId } })).toBe(0);

    const { requestId } = (await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { requestId: true } })) as { requestId: string };
    const contract = await db.contract.create({
      data: {
        requestId,
        companyId: client.companyId!,
        clientUserId: client.id,
        expertProfileId: expert.expertProfileId!,
        title: "Disputed build",
        status: "DISPUTED",
        totalCents: 10_000,
      },
      select: { id: true },
    });
    await db.conversation.update({ where: { id: conversationId }, data: { contractId: contract.id } });
    expect((await getMessagePage({ user: admin, conversationId })).conversation.title).toBe("Disputed build");
    await expectNotFound(send(admin, conversationId, "Admins join before they speak"));
    await expectNotFound(getMessagePage({ user: otherClient, conversationId }));
  });
});

describe("unread-message emails", () => {
  it("sends one email per batch of unread messages, none once they are read, and none twice", async () => {
    const { client, experts, conversationWith } = await createShortlistedRequest(1);
    const [expert] = experts;
    const conversationId = conversationWith(expert);
    await send(expert, conversationId, "First question: which Postgres version?");
    await send(expert, conversationId, "Second: is there a staging environment?");
    const jobs = await db.job.findMany({ where: { kind: "chat.unread-email", payload: { path: ["conversationId"], equals: conversationId } } });
    expect(jobs).toHaveLength(1);
    expect(jobs[0].runAt.getTime() - Date.now()).toBeGreaterThan(9 * 60_000);

    await sendUnreadEmail({ conversationId, userId: client.id });
    await sendUnreadEmail({ conversationId, userId: client.id });
    const unreadEmails = { toEmail: client.email, subject: { contains: "unread" } };
    const emails = await db.emailOutbox.findMany({ where: unreadEmails, select: { subject: true, text: true } });
    expect(emails).toHaveLength(1);
    expect(emails[0].subject).toMatch(/^2 unread messages from Fixture Expert 0/);
    expect(emails[0].text).toContain("staging environment");
    expect(emails[0].text).toContain(`/messages/${conversationId}`);

    await send(expert, conversationId, "Third: never mind, found it.");
    await markConversationRead({ user: client, conversationId, now: new Date() });
    await sendUnreadEmail({ conversationId, userId: client.id });
    expect(await db.emailOutbox.count({ where: unreadEmails })).toBe(1);
    expect(await db.job.count({ where: { kind: "chat.unread-email", payload: { path: ["conversationId"], equals: conversationId } } })).toBe(2);
  });
});

// The operations through the API router over HTTP, each answer checked against its output schema.
describe("the conversation operations over HTTP", () => {
  let server: ApiServer;
  beforeAll(async () => {
    server = await startApiServer();
  });
  afterAll(() => server.close());

  const call = async (cookie: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { cookie, ...(body !== undefined && { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> & { error?: { message: string } } };
  };

  it("lists, posts (201, then 200 for a retry), pages and marks read", async () => {
    const { client, experts, conversationWith } = await createShortlistedRequest(1);
    const conversationId = conversationWith(experts[0]);
    const [clientCookie, expertCookie] = await Promise.all([sessionCookieFor(client), sessionCookieFor(experts[0])]);
    const message = { clientMessageId: randomUUID(), body: "Over the wire" };

    const posted = await call(expertCookie, `/api/v1/conversations/${conversationId}/messages`, message);
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ isDuplicate: false, message: { body: "Over the wire" } });
    const retried = await call(expertCookie, `/api/v1/conversations/${conversationId}/messages`, message);
    expect(retried).toEqual({ status: 200, body: { ...posted.body, isDuplicate: true } });

    const list = await call(clientCookie, "/api/v1/conversations?limit=5");
    expect(list.status).toBe(200);
    expect(list.body.totalUnread).toBe(1);
    const page = await call(clientCookie, `/api/v1/conversations/${conversationId}/messages?limit=10`);
    expect(page.status).toBe(200);
    expect(page.body.messages).toEqual([posted.body.message]);
    const read = await call(clientCookie, `/api/v1/conversations/${conversationId}/read`, {});
    expect(read).toEqual({ status: 200, body: { lastReadSeq: (posted.body.message as { seq: number }).seq, totalUnread: 0 } });
  });

  it("answers a malformed conversation id with a 400 that says so, and a stranger's with a 404", async () => {
    const { experts, conversationWith } = await createShortlistedRequest(1);
    const stranger = await createClient();
    const cookie = await sessionCookieFor(experts[0]);
    for (const id of ["x".repeat(65), "not%20an%20id", "a.b"]) {
      const answer = await call(cookie, `/api/v1/conversations/${id}/messages`);
      expect(answer).toEqual({ status: 400, body: { error: { code: "BAD_REQUEST", message: "The conversation id in the URL is malformed." } } });
    }
    const hidden = await call(await sessionCookieFor(stranger), `/api/v1/conversations/${conversationWith(experts[0])}/read`, {});
    expect(hidden.status).toBe(404);
  });
});
