import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createShortlistedRequest } from "../fixtures/chat";
import { sessionCookieFor, startApiServer, type ApiServer } from "../support/api-server";

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
