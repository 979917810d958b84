import { randomInt, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { type APIRequestContext, test as base, expect } from "@playwright/test";
import { Client } from "pg";
import { DEMO_ACCOUNTS, DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from "../../lib/auth/demo-accounts";
import { PageProblems } from "./page-problems";
import { nextTotpCode } from "./two-factor-fixtures";

/** `totpSecret`: the account has two-factor authentication, and this is its authenticator's secret. */
export type Credentials = { email: string; password: string; totpSecret?: string };

/**
 * Signs in through next-auth's API (CSRF token + credentials callback), with a code computed from the
 * authenticator secret when the account has one; the session cookie lands in the context.
 */
export async function signInThroughApi(request: APIRequestContext, { email, password, totpSecret }: Credentials) {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const totpCode = totpSecret ? await nextTotpCode(totpSecret) : undefined;
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true", ...(totpCode && { totpCode }) },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(response.status());
  const session = await (await request.get("/api/auth/session")).json();
  expect(session?.user?.email, `signed in as ${email}`).toBe(email);
}

/** The seeded client or expert. Admins: createAdminAccount(), one per caller (each code signs in once). */
export function demoAccount(role: "CLIENT" | "EXPERT"): Credentials {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`no demo ${role}`);
  return { email: account.email, password: DEMO_PASSWORD };
}

/** The seeded admin, with its published authenticator secret. Sign in as it once per run at most: one test owns it. */
export function demoAdminAccount(): Credentials {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.role === "ADMIN");
  if (!account) throw new Error("no demo admin");
  return { email: account.email, password: DEMO_PASSWORD, totpSecret: DEMO_ADMIN_TOTP_SECRET };
}

/**
 * An address from the benchmarking range, new on each call, to send as X-Forwarded-For: the e2e server
 * believes the entry its one trusted proxy (TRUSTED_PROXY_COUNT=1) would have appended.
 */
export const oneOffAddress = () => `198.18.${randomInt(256)}.${randomInt(1, 255)}`;

/**
 * Marks the account's address as confirmed straight in the database, for fixtures whose people go on
 * to hire, fund, accept or be paid. The verification journey itself follows the emailed link.
 */
export async function markEmailVerified(email: string) {
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    await database.query(`UPDATE users SET "emailVerifiedAt" = now() WHERE email = $1 AND "emailVerifiedAt" IS NULL`, [email]);
  } finally {
    await database.end();
  }
}

/**
 * A brand-new company member made through the public API, unique per test, its address confirmed
 * unless `isVerified: false`. Each from its own address: sign-ups are limited to 20 an hour per
 * address, and a whole run makes more.
 */
export async function createClientAccount(request: APIRequestContext, { isVerified = true } = {}): Promise<Credentials & { companyName: string }> {
  const id = randomUUID().slice(0, 8);
  const account = { email: `e2e-client-${id}@example.test`, password: `pw-${randomUUID()}`, companyName: `E2E Co ${id}` };
  const response = await request.post("/api/v1/accounts", {
    data: { accountType: "CLIENT", name: `E2E Client ${id}`, ...account },
    headers: { "x-forwarded-for": oneOffAddress() },
  });
  expect(response.status()).toBe(201);
  if (isVerified) await markEmailVerified(account.email);
  return account;
}

/** The database behind this run's e2e server, for tests that arrange rows directly. */
export function e2eDatabaseUrl() {
  return readFileSync(`.data/e2e-database-url-${process.env.E2E_PORT}`, "utf8").trim();
}

type PageGuardOptions = {
  /** Console errors, failed requests or server errors this test provokes on purpose, each named by a pattern. */
  allowedConsoleErrors: RegExp[];
  pageProblems: PageProblems;
};

/**
 * Every spec imports `test` and `expect` from here: the automatic `pageProblems` fixture watches every browser
 * context the test opens (the `page`/`context` fixtures and `browser.newContext()`), and the test fails on a
 * console error, an uncaught error, a failed request, a 5xx or a 404 for one of the page's own files.
 */
export const test = base.extend<PageGuardOptions>({
  allowedConsoleErrors: [[], { option: true }],
  pageProblems: [
    async ({ allowedConsoleErrors, browser }, use) => {
      const problems = new PageProblems();
      const restore = problems.watchBrowser(browser);
      await use(problems);
      restore();
      expect(problems.unexpected(allowedConsoleErrors), "console errors, failed requests or server errors in the browser").toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, pageProblems }, use) => {
    pageProblems.watch(context);
    await use(context);
  },
});
export { expect };
