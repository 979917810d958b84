import { randomUUID } from "node:crypto";
import { expect, signInThroughApi, test } from "./fixtures";

// The API conventions over real HTTP against `next start`.

test.describe("API conventions", () => {
  test("health answers ok with the database and the run's worker, with a request id", async ({ request }) => {
    // The worker's first heartbeat may come a moment after the app answers.
    await expect.poll(async () => (await (await request.get("/api/health")).json()).worker.status).toBe("ok");
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    const health = await response.json();
    expect(health).toEqual({
      status: "ok",
      db: "ok",
      worker: { status: "ok", lastBeatAt: expect.any(String) },
      queue: { oldestDueJobAgeMs: health.queue.oldestDueJobAgeMs === null ? null : expect.any(Number) },
      storage: { driver: "disk", warning: expect.stringContaining("files are stored on this machine's disk") },
    });
    expect(response.headers()["x-request-id"]).toMatch(/^[\w.-]{8,}$/);
  });

  test("readiness answers ready", async ({ request }) => {
    const response = await request.get("/api/ready");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ready" });
  });

  test("keeps a sane incoming request id and replaces a malicious one", async ({ request }) => {
    const kept = await request.get("/api/health", { headers: { "x-request-id": "trace-12345678" } });
    expect(kept.headers()["x-request-id"]).toBe("trace-12345678");
    const replaced = await request.get("/api/health", { headers: { "x-request-id": "<script>" } });
    expect(replaced.headers()["x-request-id"]).not.toBe("<script>");
  });

  test("serves the OpenAPI document and its readable page", async ({ request, page }) => {
    const document = await (await request.get("/api/v1/openapi.json")).json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toContain("/api/v1/accounts");
    await page.goto("/docs/api");
    await expect(page.getByRole("heading", { level: 1, name: "Vetted API" })).toBeVisible();
    await expect(page.getByText("/api/v1/accounts").first()).toBeVisible();
  });

  test("a protected endpoint answers 401 in the error shape when signed out", async ({ request }) => {
    const response = await request.get("/api/v1/me");
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue." } });
  });

  test("bad bodies are 4xx with an actionable message, never 500", async ({ request }) => {
    const notJson = await request.post("/api/v1/accounts", { headers: { "content-type": "application/json" }, data: Buffer.from("{oops") });
    expect(notJson.status()).toBe(400);
    expect((await notJson.json()).error.message).toMatch(/not valid JSON/);

    const wrongType = await request.post("/api/v1/accounts", { headers: { "content-type": "text/plain" }, data: Buffer.from("hello") });
    expect(wrongType.status()).toBe(415);

    // 600,000 characters but 1.2 MB: the limit counts bytes on the wire, not characters.
    const wide = JSON.stringify({ name: "é".repeat(600_000) });
    expect(wide.length).toBeLessThan(1_000_000);
    const tooLarge = await request.post("/api/v1/accounts", { headers: { "content-type": "application/json" }, data: Buffer.from(wide) });
    expect(tooLarge.status()).toBe(400);
    expect((await tooLarge.json()).error.message).toMatch(/larger than 1 MB/);

    const invalid = await request.post("/api/v1/accounts", {
      data: { accountType: "CLIENT", name: "", email: "nope", password: "short", companyName: "" },
    });
    expect(invalid.status()).toBe(422);
    const body = await invalid.json();
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(body.error.fields).sort()).toEqual(["companyName", "email", "name", "password"]);
  });

  test("sign-up creates an account once; the same email again is a 409", async ({ request }) => {
    const email = `api-${randomUUID()}@example.test`;
    const data = { accountType: "EXPERT", name: "Api Expert", email, password: "a long enough password" };
    const created = await request.post("/api/v1/accounts", { data });
    expect(created.status()).toBe(201);
    expect(await created.json()).toMatchObject({ email, role: "EXPERT" });
    const again = await request.post("/api/v1/accounts", { data });
    expect(again.status()).toBe(409);
    expect((await again.json()).error.fields.email).toBeDefined();

    await signInThroughApi(request, { email, password: data.password });
    const me = await (await request.get("/api/v1/me")).json();
    expect(me).toMatchObject({ email, role: "EXPERT", companyId: null, expertProfileId: expect.any(String) });
    expect(JSON.stringify(me)).not.toContain("passwordHash");
  });
});

test.describe("the Stripe webhook endpoint", () => {
  test("refuses an unsigned or wrongly signed body with a 400 in the error shape", async ({ request }) => {
    const body = JSON.stringify({ id: "evt_e2e_forged", type: "checkout.session.completed", data: { object: {} } });
    const unsigned = await request.post("/api/webhooks/stripe", { headers: { "content-type": "application/json" }, data: Buffer.from(body) });
    expect(unsigned.status()).toBe(400);
    expect((await unsigned.json()).error.message).toMatch(/Stripe-Signature/);
    const forged = await request.post("/api/webhooks/stripe", {
      headers: { "content-type": "application/json", "stripe-signature": `t=${Math.floor(Date.now() / 1000)},v1=${"0".repeat(64)}` },
      data: Buffer.from(body),
    });
    expect(forged.status()).toBe(400);
    expect((await forged.json()).error.code).toBe("BAD_REQUEST");
  });
});
