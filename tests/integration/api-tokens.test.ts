import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { clearHits, recordHit } from "@/lib/rate-limit";
import { hashApiToken } from "@/lib/sessions/api-token-format";
import { API_TOKEN_FAILURES } from "@/lib/sessions/bearer-caller";
import type { SessionUser } from "@/lib/sessions/session-user";
import { createClient, createDraftRequest, createSkill } from "../fixtures/matching";
import { type ApiServer, sessionCookieFor, startApiServer } from "../support/api-server";

// Personal API tokens over real HTTP through the API router: made with a session, then used as
// `Authorization: Bearer`, where they must act exactly as their owner's session would.

const SOCKET_ADDRESS = "127.0.0.1";
let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer();
});
afterAll(() => server.close());
beforeEach(() => clearHits(API_TOKEN_FAILURES, SOCKET_ADDRESS));
afterEach(async () => {
  setClock(null);
  await clearHits(API_TOKEN_FAILURES, SOCKET_ADDRESS);
});

type Call = RequestInit & { cookie?: string; token?: string; json?: unknown };
const call = (path: string, { cookie, token, json, ...init }: Call = {}) =>
  fetch(`${server.url}${path}`, {
    ...init,
    body: json === undefined ? init.body : JSON.stringify(json),
    headers: {
      ...(cookie && { cookie }),
      ...(token && { authorization: `Bearer ${token}` }),
      ...(json !== undefined && { "content-type": "application/json" }),
      ...init.headers,
    },
  });

const messageOf = async (response: Response) => ((await response.json()) as { error: { message: string } }).error.message;

async function createToken(user: SessionUser, body: { name?: string; scopes: string[]; expiresAt?: string | null }) {
  const response = await call("/api/v1/api-tokens", { method: "POST", cookie: await sessionCookieFor(user), json: { name: "Test token", ...body } });
  expect(response.status).toBe(201);
  return (await response.json()) as { token: string; apiToken: { id: string; prefix: string; lastUsedAt: string | null } };
}

describe("creating and listing API tokens", () => {
  it("shows the token once and keeps only its SHA-256 and a short prefix", async () => {
    const client = await createClient();
    const { token, apiToken } = await createToken(client, { scopes: ["read"] });
    expect(token).toMatch(/^vtd_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id }, select: { tokenHash: true, prefix: true } });
    expect(stored.tokenHash).toBe(hashApiToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const listed = await call("/api/v1/api-tokens", { cookie: await sessionCookieFor(client) });
    const text = await listed.text();
    expect(listed.status).toBe(200);
    expect(text).toContain(apiToken.id);
    expect(text).not.toContain(token);
    expect(text).not.toContain(stored.tokenHash);
    const audit = await db.auditLog.findFirst({ where: { actorId: client.id, action: "api-token.created" }, select: { data: true } });
    expect(JSON.stringify(audit?.data)).not.toContain(token);
  });

  it("refuses an expiry in the past, with what to do instead", async () => {
    const client = await createClient();
    const response = await call("/api/v1/api-tokens", {
      method: "POST",
      cookie: await sessionCookieFor(client),
      json: { name: "Old", scopes: ["read"], expiresAt: "2020-01-01T00:00:00Z" },
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: { fields: { expiresAt: ["Choose a date in the future."] } } });
  });
});

describe("calling the API with a token", () => {
  it("acts as its owner, and wins over a cookie of someone else", async () => {
    const [client, other] = [await createClient(), await createClient()];
    const { token } = await createToken(client, { scopes: ["read"] });
    const me = await call("/api/v1/me", { token, cookie: await sessionCookieFor(other) });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: client.id, role: "CLIENT" });
  });

  it("with the read scope may GET but not change anything", async () => {
    const client = await createClient();
    const { token } = await createToken(client, { scopes: ["read"] });
    expect((await call("/api/v1/requests", { token })).status).toBe(200);
    const refused = await call("/api/v1/requests", { method: "POST", token, json: { title: "Not with a read token" } });
    expect(refused.status).toBe(403);
    expect(await messageOf(refused)).toMatch(/can only read/);
  });

  it("with the write scope may do what the user may, from anywhere (no same-origin check: browsers never send it)", async () => {
    const client = await createClient();
    const { token } = await createToken(client, { scopes: ["read", "write"] });
    const created = await call("/api/v1/requests", {
      method: "POST",
      token,
      json: { title: "Made by a script" },
      headers: { origin: "https://elsewhere.example" },
    });
    expect(created.status).toBe(201);
    // The same call with only a cookie is refused as cross-site.
    const withCookie = await call("/api/v1/requests", {
      method: "POST",
      cookie: await sessionCookieFor(client),
      json: { title: "Cross-site" },
      headers: { origin: "https://elsewhere.example" },
    });
    expect(withCookie.status).toBe(403);
  });

  it("gets 404 for another company's records and 403 where the role may not go, as the session would", async () => {
    const [client, other] = [await createClient(), await createClient()];
    const skill = await createSkill();
    const othersRequest = await createDraftRequest(other, skill.id);
    const { token } = await createToken(client, { scopes: ["read", "write"] });
    expect((await call(`/api/v1/requests/${othersRequest.id}`, { token })).status).toBe(404);
    expect((await call(`/api/v1/requests/${othersRequest.id}/submit`, { method: "POST", token })).status).toBe(404);
    expect((await call("/api/v1/admin/users", { token })).status).toBe(403);
  });

  it("cannot list, create or revoke tokens: only a signed-in session manages them", async () => {
    const client = await createClient();
    const { token, apiToken } = await createToken(client, { scopes: ["read", "write"] });
    for (const response of [
      await call("/api/v1/api-tokens", { token }),
      await call("/api/v1/api-tokens", { method: "POST", token, json: { name: "Minted by a token", scopes: ["read"] } }),
      await call(`/api/v1/api-tokens/${apiToken.id}`, { method: "DELETE", token }),
    ]) {
      expect(response.status).toBe(403);
      expect(await messageOf(response)).toMatch(/API tokens cannot do this \(nor manage API tokens\)/);
    }
    expect(await db.apiToken.count({ where: { userId: client.id } })).toBe(1);
  });
});

describe("a request without credentials", () => {
  it("is answered 401 with the scheme to authenticate with, and no token error", async () => {
    const response = await call("/api/v1/me");
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="Vetted API"');
  });
});

describe("tokens that no longer work", () => {
  it("answer 401 saying whether the token is revoked, expired, unknown or not a token at all", async () => {
    const client = await createClient();
    const revoked = await createToken(client, { scopes: ["read"] });
    const cookie = await sessionCookieFor(client);
    const revoking = await call(`/api/v1/api-tokens/${revoked.apiToken.id}`, { method: "DELETE", cookie });
    expect(revoking.status).toBe(200);
    const expired = await createToken(client, { scopes: ["read"] });
    await db.apiToken.update({ where: { id: expired.apiToken.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const cases: [string, RegExp][] = [
      [revoked.token, /was revoked on/],
      [expired.token, /expired on/],
      [`vtd_${"A".repeat(43)}`, /no such token exists/],
      ["not-a-token", /not a Vetted API token/],
    ];
    for (const [token, message] of cases) {
      const response = await call("/api/v1/me", { token });
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="Vetted API", error="invalid_token"');
      const text = await messageOf(response);
      expect(text).toMatch(message);
      expect(text).not.toContain(client.email);
    }
  });

  it("stop at once when the account is suspended", async () => {
    const client = await createClient();
    const { token } = await createToken(client, { scopes: ["read"] });
    expect((await call("/api/v1/me", { token })).status).toBe(200);
    await db.user.update({ where: { id: client.id }, data: { suspendedAt: new Date(), suspensionReason: "Test" } });
    const refused = await call("/api/v1/me", { token });
    expect(refused.status).toBe(401);
    expect(await messageOf(refused)).toMatch(/suspended/);
  });

  it("are rate-limited per address: after 20 failures in 15 minutes even a good token waits", async () => {
    const client = await createClient();
    const { token } = await createToken(client, { scopes: ["read"] });
    for (let failure = 0; failure < API_TOKEN_FAILURES.max - 1; failure++) await recordHit(API_TOKEN_FAILURES, SOCKET_ADDRESS);
    expect((await call("/api/v1/me", { token: `vtd_${"B".repeat(43)}` })).status).toBe(401);
    const limited = await call("/api/v1/me", { token });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await messageOf(limited)).toMatch(/Too many requests with invalid API tokens/);
  });
});

describe("last used", () => {
  it("is written at most once a minute per token", async () => {
    const client = await createClient();
    const { token, apiToken } = await createToken(client, { scopes: ["read"] });
    const lastUsed = async () => (await db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id }, select: { lastUsedAt: true } })).lastUsedAt;
    const start = new Date("2030-01-01T10:00:00Z");
    setClock(() => start);
    expect(await lastUsed()).toBeNull();
    await call("/api/v1/me", { token });
    expect(await lastUsed()).toEqual(start);
    setClock(() => new Date(start.getTime() + 59_000));
    await call("/api/v1/me", { token });
    await call("/api/v1/me", { token });
    expect(await lastUsed()).toEqual(start);
    const later = new Date(start.getTime() + 61_000);
    setClock(() => later);
    await call("/api/v1/me", { token });
    expect(await lastUsed()).toEqual(later);
  });
});
