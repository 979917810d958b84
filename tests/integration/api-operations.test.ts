import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineOperation } from "@/lib/api/operation";
import { db } from "@/lib/db";
import { buildOpenApiDocument } from "@/lib/endpoints/openapi";
import { API_OPERATIONS } from "@/lib/endpoints/operation-list";
import { clearHits, recordHit, SIGN_UPS } from "@/lib/rate-limit";
import { createShortlistedRequest } from "../fixtures/chat";
import { type ApiServer, sessionCookieFor, startApiServer } from "../support/api-server";

// Declared operations over real HTTP through the API router, with every answer checked against its
// output schema (API_CHECK_RESPONSES is on outside production): a mismatch would be a 500 here.

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer();
});
afterAll(() => server.close());

const call = (path: string, init: RequestInit & { cookie?: string } = {}) =>
  fetch(`${server.url}${path}`, {
    ...init,
    headers: { ...(init.cookie && { cookie: init.cookie }), ...(init.body !== undefined && { "content-type": "application/json" }), ...init.headers },
  });

describe("notifications over HTTP", () => {
  it("lists the user's notifications with dates as ISO strings, and marks them read", async () => {
    const { client } = await createShortlistedRequest(1); // the delivered shortlist notifies the client
    const cookie = await sessionCookieFor(client);

    const listed = await call("/api/v1/notifications?limit=5", { cookie });
    expect(listed.status).toBe(200);
    const list = (await listed.json()) as { unreadCount: number; notifications: { id: string; createdAt: string; readAt: string | null }[] };
    expect(list.unreadCount).toBeGreaterThan(0);
    expect(list.notifications[0]).toMatchObject({ createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/), readAt: null });

    const marked = await call("/api/v1/notifications/read", { method: "POST", cookie, body: JSON.stringify({ ids: [list.notifications[0].id] }) });
    expect(await marked.json()).toEqual({ updated: 1 });
    const after = (await (await call("/api/v1/notifications", { cookie })).json()) as typeof list;
    expect(after.notifications.find((item) => item.id === list.notifications[0].id)?.readAt).toMatch(/Z$/);
  });
});

describe("accounts over HTTP", () => {
  const signUpBody = () =>
    JSON.stringify({ accountType: "EXPERT", name: "Wire Expert", email: `wire-${randomUUID()}@example.test`, password: "correct horse battery" });

  it("answers who is asking, and 401 to no one", async () => {
    const { client } = await createShortlistedRequest(1);
    const me = await call("/api/v1/me", { cookie: await sessionCookieFor(client) });
    expect(await me.json()).toEqual({
      id: client.id,
      email: client.email,
      name: client.name,
      role: "CLIENT",
      companyId: client.companyId,
      companyRole: "OWNER",
      expertProfileId: null,
      isEmailVerified: true,
      isTwoFactorEnabled: false,
    });
    const refused = await call("/api/v1/me");
    expect(refused.status).toBe(401);
    // Served without Next, with the headers Next gives everything it serves (next.config.js).
    for (const answer of [me, refused]) {
      expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
      expect(answer.headers.get("x-frame-options")).toBe("DENY");
      expect(answer.headers.get("content-security-policy")).toContain("default-src 'self'");
    }
  });

  // No trusted proxies here (TRUSTED_PROXY_COUNT=0): the caller's address is the socket's, whatever
  // X-Forwarded-For it sends, as scripts/server.ts rewrites it before the router sees it.
  it("limits sign-ups per caller address as the server rewrote it, not as the caller wrote it", async () => {
    const socketAddress = "127.0.0.1";
    await clearHits(SIGN_UPS, socketAddress);
    try {
      const spoofed = `198.51.100.${Math.floor(Math.random() * 250)}`;
      const created = await call("/api/v1/accounts", { method: "POST", body: signUpBody(), headers: { "x-forwarded-for": spoofed } });
      expect(created.status).toBe(201);
      expect(await db.rateLimitEvent.count({ where: { bucket: SIGN_UPS.bucket, key: socketAddress } })).toBe(1);
      expect(await db.rateLimitEvent.count({ where: { bucket: SIGN_UPS.bucket, key: spoofed } })).toBe(0);

      for (let hit = 1; hit < SIGN_UPS.max; hit++) await recordHit(SIGN_UPS, socketAddress);
      const refused = await call("/api/v1/accounts", { method: "POST", body: signUpBody(), headers: { "x-forwarded-for": "203.0.113.1" } });
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(await refused.json()).toMatchObject({ error: { code: "RATE_LIMITED" } });
    } finally {
      await clearHits(SIGN_UPS, socketAddress);
    }
  });
});

describe("the API router over @hono/node-server", () => {
  it("serves the OpenAPI document, which lists its own operation", async () => {
    const response = await call("/api/v1/openapi.json");
    expect(response.status).toBe(200);
    const document = (await response.json()) as ReturnType<typeof buildOpenApiDocument>;
    expect(document).toEqual(buildOpenApiDocument(API_OPERATIONS));
    expect(document.paths["/api/v1/openapi.json"]).toHaveProperty("get");
  });

  it("aborts the handler's request.signal when the client goes away mid-response", async () => {
    const signals: AbortSignal[] = [];
    const probe = defineOperation({
      method: "GET",
      path: "/api/v1/probe/abort",
      summary: "An endless stream that records its request's signal",
      tag: "Test",
      access: "public",
      output: { status: 200, description: "Never ends." },
      handler: async ({ request }) => {
        signals.push(request.signal);
        return new Response(new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode("first\n")) }));
      },
    });
    const probeServer = await startApiServer([probe]);
    try {
      const controller = new AbortController();
      const response = await fetch(`${probeServer.url}/api/v1/probe/abort`, { signal: controller.signal });
      const reader = response.body!.getReader();
      expect(new TextDecoder().decode((await reader.read()).value)).toBe("first\n");
      expect(signals[0].aborted).toBe(false);
      controller.abort();
      const deadline = Date.now() + 5_000;
      while (!signals[0].aborted && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(signals[0].aborted).toBe(true);
    } finally {
      await probeServer.close();
    }
  });
});
