import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { Client } from "pg";
import { DEMO_PASSWORD } from "../../lib/auth/demo-accounts";
import { STANDIN_SECRET_KEY, STANDIN_WEBHOOK_SECRET } from "../../lib/stripe";
import { type Credentials, createClientAccount, demoAccount, e2eDatabaseUrl, expect, oneOffAddress, signInThroughApi, test } from "./fixtures";
import { createAdminAccount } from "./two-factor-fixtures";

// Security headers, a Content-Security-Policy the pages work under, session cookies, the sign-in
// limit, and no secret in any API answer. Message posting is limited too: chat-api.e2e.ts ("fast
// senders get a 429 with Retry-After").

type Violation = { directive: string; blockedURI: string; sample: string; sourceFile: string };

/** Collects CSP violations as the page reports them (the init script runs before the page's own scripts). */
async function watchViolations(page: Page) {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { cspViolations: Violation[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push({ directive: event.effectiveDirective, blockedURI: event.blockedURI, sample: event.sample, sourceFile: event.sourceFile }),
    );
  });
  const reported = () => page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);
  return {
    // The browser logs each refusal to the console as well. (zod's eval probe is off: components/layout/providers.tsx.)
    consoleErrors: () => consoleErrors,
    violations: reported,
  };
}

const directivesOf = (policy: string) =>
  new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  );

test.describe("security headers", () => {
  for (const path of ["/", "/sign-in", "/api/health", "/api/v1/me"]) {
    test(`${path} carries the policy headers`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
      expect(headers["x-powered-by"]).toBeUndefined();
      const policy = directivesOf(headers["content-security-policy"] ?? "");
      expect(policy.get("default-src")).toEqual(["'self'"]);
      expect(policy.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]); // no 'unsafe-eval' under next start
      expect(policy.get("script-src-attr")).toEqual(["'none'"]);
      // Style files, and only the two fixed <style> elements React Aria writes, by hash: never 'unsafe-inline'.
      expect(policy.get("style-src")).toEqual(["'self'", expect.stringMatching(/^'sha256-/), expect.stringMatching(/^'sha256-/)]);
      expect(policy.get("connect-src")).toEqual(["'self'"]);
      expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
      expect(policy.get("form-action")).toEqual(["'self'"]);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("base-uri")).toEqual(["'self'"]);
    });
  }
});

test.describe("Content-Security-Policy in the browser", () => {
  test("public pages load and the sign-in form works with no violation", async ({ page }) => {
    const watch = await watchViolations(page);
    for (const path of ["/", "/terms", "/sign-up", "/docs/api"]) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      expect(await watch.violations(), path).toEqual([]);
    }
    // Hydrated: the form signs in with fetch and navigates in script, which a blocked bundle could not.
    const { email, password } = demoAccount("CLIENT");
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/client$/);
    await expect(page.getByRole("heading", { level: 1, name: "Client dashboard" })).toBeVisible();
    for (const path of ["/client/requests", "/client/requests/new", "/contracts", "/messages", "/notifications"]) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      expect(await watch.violations(), path).toEqual([]);
    }
    expect(watch.consoleErrors()).toEqual([]);
  });

  for (const role of ["EXPERT", "ADMIN"] as const) {
    test(`the ${role.toLowerCase()}'s pages load with no violation`, async ({ page }) => {
      const watch = await watchViolations(page);
      await signInThroughApi(page.request, role === "ADMIN" ? await createAdminAccount() : demoAccount(role));
      const paths =
        role === "EXPERT"
          ? ["/expert", "/expert/invitations", "/expert/profile", "/expert/payouts", "/messages"]
          : ["/admin", "/admin/vetting", "/admin/sla", "/admin/users", "/admin/ledger", "/admin/audit-log", "/admin/jobs"];
      for (const path of paths) {
        expect((await page.goto(path))?.status(), path).toBe(200);
        await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
        expect(await watch.violations(), path).toEqual([]);
      }
      expect(watch.consoleErrors()).toEqual([]);
    });
  }

  test.describe("what it refuses", () => {
    // The browser reports each refusal as a console error, which is what this test provokes on purpose.
    test.use({ allowedConsoleErrors: [/violates the following Content Security Policy directive/] });

    test("the policy refuses eval, inline handlers and scripts from other origins", async ({ page }) => {
      const watch = await watchViolations(page);
      await page.goto("/");
      const outcome = await page.evaluate(async () => {
        // Code run by Playwright's evaluation is exempt from the page's policy; a task of the page's own is not.
        const probe = document.createElement("script");
        probe.textContent = 'setTimeout(() => { try { eval("1 + 1"); window.evalOutcome = "ran"; } catch { window.evalOutcome = "refused"; } });';
        document.body.append(probe);
        const evalOutcome = await new Promise<string | undefined>((resolve) =>
          setTimeout(() => resolve((window as unknown as { evalOutcome?: string }).evalOutcome), 100),
        );
        const handler = document.createElement("div");
        handler.setAttribute("onclick", "window.handlerRan = true");
        document.body.append(handler);
        handler.click();
        const script = document.createElement("script");
        script.src = "http://127.0.0.1:9/injected.js";
        const scriptOutcome = new Promise<string>((resolve) => {
          script.onerror = () => resolve("refused");
          script.onload = () => resolve("loaded");
        });
        document.body.append(script);
        return { evalOutcome, handlerRan: "handlerRan" in window, script: await scriptOutcome };
      });
      expect(outcome).toEqual({ evalOutcome: "refused", handlerRan: false, script: "refused" });
      await expect
        .poll(async () => (await watch.violations()).map((violation) => violation.directive).sort())
        .toEqual(["script-src", "script-src-attr", "script-src-elem"]);
    });
  });
});

test.describe("session cookies", () => {
  test("the session cookie is HttpOnly and SameSite=Lax, and the CSRF cookie is HttpOnly", async ({ request }) => {
    await signInThroughApi(request, demoAccount("CLIENT"));
    const cookies = (await request.storageState()).cookies;
    const session = cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
    expect(session, "a session cookie").toBeDefined();
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    // The e2e server runs plain HTTP with SECURE_COOKIES=false; production's Secure flag is checked below.
    expect(session?.secure).toBe(false);
    const csrf = cookies.find((cookie) => cookie.name.endsWith("next-auth.csrf-token"));
    expect(csrf).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  });

  test("cookies are Secure in production unless SECURE_COOKIES=false, and never in development", () => {
    const secureCookiesWith = (overrides: { NODE_ENV: "production" | "development"; SECURE_COOKIES?: "true" | "false" }) => {
      // A fresh process per case: lib/env parses the environment once.
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        SECURE_COOKIES: undefined,
        NEXTAUTH_SECRET: "x".repeat(32),
        TWO_FACTOR_ENCRYPTION_KEY: "ab".repeat(32),
        DATABASE_URL: "postgresql://unused",
        NEXTAUTH_URL: "https://vetted.example",
        STRIPE_SECRET_KEY: "sk_test_unused",
        STRIPE_WEBHOOK_SECRET: "whsec_unused",
        STRIPE_API_BASE: undefined,
        UNSAFE_STAGING_WITH_LOCAL_SERVICES: undefined,
        ...overrides,
      };
      const script = 'import { secureCookies } from "./lib/sessions/cookies"; console.log(String(secureCookies()));';
      return execFileSync(process.execPath, [require.resolve("tsx/cli"), "--eval", script], { env, encoding: "utf8" }).trim();
    };
    expect(secureCookiesWith({ NODE_ENV: "production" })).toBe("true");
    expect(secureCookiesWith({ NODE_ENV: "production", SECURE_COOKIES: "false" })).toBe("false");
    expect(secureCookiesWith({ NODE_ENV: "development" })).toBe("false");
    expect(secureCookiesWith({ NODE_ENV: "development", SECURE_COOKIES: "true" })).toBe("true");
  });
});

async function attemptSignIn(request: APIRequestContext, { email, password }: Credentials, headers: Record<string, string> = {}) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, headers, maxRedirects: 0 });
  const { url } = (await response.json()) as { url: string };
  return { status: response.status(), error: new URL(url).searchParams.get("error"), retryAfter: response.headers()["retry-after"] };
}

async function outboxEmailsTo(email: string) {
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    // Every new account is also sent the link that confirms its address; these tests are about the others.
    const { rows } = await database.query<{ subject: string }>(`SELECT subject FROM email_outbox WHERE "toEmail" = $1 AND subject <> $2`, [
      email,
      "Confirm your email address for Vetted",
    ]);
    return rows.map((row) => row.subject);
  } finally {
    await database.end();
  }
}

const LOCKED_OUT = /^Too many failed sign-in attempts\. Try again in 1[45] minutes\.$/;

test.describe("sign-in lockout", () => {
  test("20 wrong passwords, each from another X-Forwarded-For address, lock the account: the right password then gets a 429", async ({ request }) => {
    const account = await createClientAccount(request);
    for (let attempt = 1; attempt <= 20; attempt++) {
      const failed = await attemptSignIn(request, { email: account.email, password: `pw-${randomUUID()}` }, { "x-forwarded-for": oneOffAddress() });
      expect(failed.status, `wrong password ${attempt}`).toBe(attempt <= 10 ? 401 : 429);
    }
    const refused = await attemptSignIn(request, account, { "x-forwarded-for": oneOffAddress() });
    expect(refused.status).toBe(429);
    expect(refused.error).toMatch(LOCKED_OUT);
    expect(Number(refused.retryAfter)).toBeGreaterThan(13 * 60);
    const cookies = (await request.storageState()).cookies;
    expect(cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"))).toBeUndefined();
    expect((await (await request.get("/api/auth/session")).json())?.user).toBeUndefined();
    expect(await outboxEmailsTo(account.email)).toEqual(["Sign-in to your Vetted account is paused for 15 minutes"]);
  });

  test("the sign-in form tells a locked-out person how long to wait, and signs nobody in", async ({ page, request }) => {
    const account = await createClientAccount(request);
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect((await attemptSignIn(request, { email: account.email, password: `pw-${randomUUID()}` })).status).toBe(401);
    }
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText(LOCKED_OUT)).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
    expect((await page.context().cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"))).toBeUndefined();
  });
});

// The secrets the e2e server runs with: the stand-in's keys, the development auth secret (a fallback
// that must never be in use or shown) and, since the run's NEXTAUTH_SECRET is 32 random bytes in
// hex, any 64-hex-digit string.
const SECRET_PATTERNS: [string, RegExp][] = [
  ["a password hash field", /passwordHash/i],
  ["an argon2 hash", /\$argon2/],
  ["a two-factor secret or recovery-code hash field", /encryptedSecret|codeHash/],
  ["the Stripe secret key", new RegExp(STANDIN_SECRET_KEY)],
  ["the Stripe webhook secret", new RegExp(STANDIN_WEBHOOK_SECRET)],
  ["the development auth secret", /vetted-development-secret/],
  ["a 64-hex-digit secret", /\b[0-9a-f]{64}\b/i],
  ["the demo password", new RegExp(DEMO_PASSWORD)],
];

async function expectNoSecretsIn(request: APIRequestContext, paths: string[]) {
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), `${path} answers`).toBeLessThan(500);
    const body = await response.text();
    for (const [what, pattern] of SECRET_PATTERNS) expect(pattern.test(body), `${path} contains ${what}`).toBe(false);
  }
}

test.describe("no secret in any answer", () => {
  test("client, expert and admin endpoints never return a password hash or a secret", async ({ playwright, baseURL }) => {
    const admin = await playwright.request.newContext({ baseURL });
    await signInThroughApi(admin, await createAdminAccount());
    const users = (await (await admin.get("/api/v1/admin/users")).json()) as { users?: { id: string }[] };
    const someUserIds = (users.users ?? []).slice(0, 3).map((user) => user.id);
    expect(someUserIds.length).toBeGreaterThan(0);
    await expectNoSecretsIn(admin, [
      "/api/auth/session",
      "/api/v1/me",
      "/api/v1/admin/users",
      "/api/v1/admin/users?page=2",
      ...someUserIds.map((id) => `/api/v1/admin/users/${id}`),
      "/api/v1/admin/audit-log",
      "/api/v1/admin/applicants",
      "/api/v1/admin/sla",
      "/api/v1/admin/disputes",
      "/api/v1/admin/ledger",
      "/api/v1/admin/stripe-events",
      "/api/v1/admin/jobs",
      "/api/v1/admin/vetting/funnel",
      "/api/v1/notifications",
    ]);

    const client = await playwright.request.newContext({ baseURL });
    await signInThroughApi(client, demoAccount("CLIENT"));
    await expectNoSecretsIn(client, [
      "/api/auth/session",
      "/api/v1/me",
      "/api/v1/requests",
      "/api/v1/contracts",
      "/api/v1/conversations",
      "/api/v1/notifications",
      "/api/v1/skills?q=py",
    ]);

    const expert = await playwright.request.newContext({ baseURL });
    await signInThroughApi(expert, demoAccount("EXPERT"));
    await expectNoSecretsIn(expert, [
      "/api/v1/me",
      "/api/v1/invitations",
      "/api/v1/profile",
      "/api/v1/application",
      "/api/v1/payouts",
      "/api/v1/contracts",
      "/api/v1/conversations",
    ]);

    const anonymous = await playwright.request.newContext({ baseURL });
    await expectNoSecretsIn(anonymous, ["/api/health", "/api/v1/openapi.json", "/api/auth/providers"]);

    // A sign-up's answer and a failed sign-in's answer carry no hash either.
    const email = `security-${randomUUID()}@example.test`;
    const signUp = await anonymous.post("/api/v1/accounts", { data: { accountType: "EXPERT", name: "Sec Expert", email, password: "a long enough password" } });
    expect(signUp.status()).toBe(201);
    const signUpBody = await signUp.text();
    expect(signUpBody).not.toMatch(/passwordHash|\$argon2|a long enough password/);
    const failed = await attemptSignIn(anonymous, { email, password: "not the password" });
    expect(JSON.stringify(failed)).not.toMatch(/passwordHash|\$argon2/);
    await Promise.all([admin, client, expert, anonymous].map((context) => context.dispose()));
  });
});
