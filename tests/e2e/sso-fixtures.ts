import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { Client } from "pg";
import { hashPassword } from "../../lib/credentials/password";
import { e2eDatabaseUrl, expect } from "./fixtures";

// Single sign-on in the browser against the run's OpenID Connect provider (tests/support/oidc-server.ts,
// "Test SSO"): its development login form takes any password, and the login names the person.

export const SSO_NAME = "Test SSO";

/** The test identity provider's own sign-in page asks Google for a web font, which this offline network cannot reach. */
// One pattern: test.use() reads an array whose second item is an object (a RegExp is one) as [value, options].
export const PROVIDER_PAGE_PROBLEMS = [/fonts\.googleapis\.com|\/interaction\/\S+: Failed to load resource: net::ERR_NAME_NOT_RESOLVED/];

export const uniqueEmail = (prefix: string) => `e2e-${prefix}-${randomUUID().slice(0, 8)}@example.test`;

/** Clicks "Continue with Test SSO" (or "Link Test SSO") and signs in at the provider as `login`. */
export async function continueWithSso(page: Page, login: string, button = `Continue with ${SSO_NAME}`) {
  await page.getByRole("button", { name: button, exact: true }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password works here");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

async function withDatabase<T>(work: (database: Client) => Promise<T>) {
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    return await work(database);
  } finally {
    await database.end();
  }
}

/**
 * A company that requires `provider`, with a member who is not its owner (the role is the column's
 * default) and signs in with a password. Written as rows: inviting members is not this test's subject.
 */
export async function createMemberOfSsoCompany(provider: string) {
  const id = randomUUID().slice(0, 8);
  const member = { email: uniqueEmail("sso-member"), password: `pw-${randomUUID()}`, companyName: `SSO Required Co ${id}` };
  const passwordHash = await hashPassword(member.password);
  await withDatabase(async (database) => {
    await database.query(`INSERT INTO companies (id, name, "requiredSsoProvider", "createdAt", "updatedAt") VALUES ($1, $2, $3, now(), now())`, [
      `e2e-company-${id}`,
      member.companyName,
      provider,
    ]);
    await database.query(
      `INSERT INTO users (id, email, name, "passwordHash", role, "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, 'CLIENT', now(), now())`,
      [`e2e-user-${id}`, member.email, `SSO Member ${id}`, passwordHash],
    );
    await database.query(`INSERT INTO company_members ("companyId", "userId") VALUES ($1, $2)`, [`e2e-company-${id}`, `e2e-user-${id}`]);
  });
  return member;
}

export async function linkedProviders(email: string): Promise<string[]> {
  return withDatabase(async (database) => {
    const { rows } = await database.query<{ provider: string }>(
      `SELECT l.provider FROM linked_accounts l JOIN users u ON u.id = l."userId" WHERE u.email = $1 ORDER BY l.provider`,
      [email],
    );
    return rows.map((row) => row.provider);
  });
}

export async function expectSignedInAs(page: Page, email: string) {
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.user?.email).toBe(email);
}

/** A member (not the owner) of the company `ownerEmail` owns, signing in with a password. */
export async function addMemberToCompanyOf(ownerEmail: string) {
  const id = randomUUID().slice(0, 8);
  const member = { email: uniqueEmail("member"), password: `pw-${randomUUID()}` };
  const passwordHash = await hashPassword(member.password);
  await withDatabase(async (database) => {
    await database.query(
      `INSERT INTO users (id, email, name, "passwordHash", role, "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, 'CLIENT', now(), now())`,
      [`e2e-user-${id}`, member.email, `Member ${id}`, passwordHash],
    );
    await database.query(
      `INSERT INTO company_members ("companyId", "userId")
       SELECT m."companyId", $1 FROM company_members m JOIN users u ON u.id = m."userId" WHERE u.email = $2 AND m.role = 'OWNER'`,
      [`e2e-user-${id}`, ownerEmail],
    );
  });
  return member;
}
