import { randomUUID } from "node:crypto";
import { type APIRequestContext, request as playwrightRequest } from "@playwright/test";
import { Client } from "pg";
import { DEMO_PASSWORD } from "../../lib/auth/demo-accounts";
import { type Credentials, createClientAccount, demoAccount, e2eDatabaseUrl, expect, signInThroughApi } from "./fixtures";
import { PRIMARY_URL } from "./ports";
import { createAdminAccount } from "./two-factor-fixtures";

// Conversations for chat tests, made the way the product makes them: a fresh company's request is
// matching, and an admin hand-picks seeded experts onto its shortlist through the API.

export { PRIMARY_URL, SECOND_URL } from "./ports";

export type ChatParty = Credentials & { request: APIRequestContext; cookie: string; userId: string };

async function signedIn(credentials: Credentials, baseURL = PRIMARY_URL): Promise<ChatParty> {
  const request = await playwrightRequest.newContext({ baseURL });
  await signInThroughApi(request, credentials);
  const { cookies } = await request.storageState();
  const me = (await (await request.get("/api/v1/me")).json()) as { id: string };
  return { ...credentials, request, userId: me.id, cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ") };
}

async function insertMatchingRequest(clientEmail: string, expertCount: number) {
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    const owner = await database.query<{ companyId: string; userId: string }>(
      `SELECT cm."companyId", cm."userId" FROM company_members cm JOIN users u ON u.id = cm."userId" WHERE u.email = $1`,
      [clientEmail],
    );
    const requestId = `e2e_chat_${randomUUID()}`;
    const title = `E2E chat ${randomUUID().slice(0, 8)}`;
    await database.query(
      `INSERT INTO hiring_requests (id, "companyId", "createdById", title, description, "budgetMaxCents", timezone, status, "submittedAt", "matchDeadline", "updatedAt")
       VALUES ($1, $2, $3, $4, 'Talk through a data platform migration with vetted experts before hiring one.', 15000, 'Europe/Berlin',
         'MATCHING', now(), now() + interval '8 hours', now())`,
      [requestId, owner.rows[0].companyId, owner.rows[0].userId, title],
    );
    // Seeded experts (they sign in with the demo password) nobody else's test talks to; experts approved by
    // other tests were made during this run, with passwords of their own.
    const experts = await database.query<{ id: string; email: string }>(
      `SELECT ep.id, u.email FROM expert_profiles ep JOIN users u ON u.id = ep."userId"
       WHERE ep."vettingStatus" = 'APPROVED' AND u."suspendedAt" IS NULL AND u.email <> $1
         AND u."createdAt" < now() - interval '1 day'
         AND NOT EXISTS (SELECT 1 FROM conversation_participants cp WHERE cp."userId" = u.id)
       ORDER BY random() LIMIT $2`,
      [demoAccount("EXPERT").email, expertCount],
    );
    return { requestId, title, experts: experts.rows };
  } finally {
    await database.end();
  }
}

/** A new client with a shortlist of `expertCount` hand-picked experts, each signed in, and their conversations. */
export async function createChat(expertCount = 1) {
  const setup = await playwrightRequest.newContext({ baseURL: PRIMARY_URL });
  const clientAccount = await createClientAccount(setup);
  await setup.dispose();
  const { requestId, title, experts } = await insertMatchingRequest(clientAccount.email, expertCount);
  const admin = await signedIn(await createAdminAccount());
  for (const expert of experts) {
    const picked = await admin.request.post(`/api/v1/admin/requests/${requestId}/hand-pick`, { data: { expertProfileId: expert.id } });
    expect(picked.status(), await picked.text()).toBe(200);
  }
  await admin.request.dispose();
  const client = await signedIn(clientAccount);
  const expertParties = await Promise.all(experts.map((expert) => signedIn({ email: expert.email, password: DEMO_PASSWORD })));
  const list = (await (await client.request.get("/api/v1/conversations")).json()) as {
    conversations: { id: string; title: string; counterpart: { name: string } }[];
  };
  const conversations = list.conversations.filter((conversation) => conversation.title === title);
  expect(conversations).toHaveLength(expertCount);
  const conversationOf = async (expert: ChatParty) => {
    const mine = (await (await expert.request.get("/api/v1/conversations")).json()) as { conversations: { id: string; title: string }[] };
    return mine.conversations.find((conversation) => conversation.title === title)!.id;
  };
  return { requestId, title, client, experts: expertParties, conversationOf };
}

export async function waitForHealthy(baseURL: string) {
  for (let attempt = 0; attempt < 120; attempt++) {
    const response = await fetch(`${baseURL}/api/health`).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${baseURL} did not become healthy`);
}

/** An event stream over real HTTP (Playwright's request context buffers bodies, so this uses fetch). */
export async function openStream(baseURL: string, party: ChatParty, options: { lastEventId?: string; query?: string } = {}) {
  const controller = new AbortController();
  const response = await fetch(`${baseURL}/api/v1/stream${options.query ?? ""}`, {
    headers: { cookie: party.cookie, accept: "text/event-stream", ...(options.lastEventId && { "last-event-id": options.lastEventId }) },
    signal: controller.signal,
  });
  return { response, close: () => controller.abort() };
}
