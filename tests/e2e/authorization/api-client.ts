import { request as playwrightRequest } from "@playwright/test";
import { Client } from "pg";
import { PRIMARY_URL } from "../chat-fixtures";
import { type Credentials, e2eDatabaseUrl, expect, signInThroughApi } from "../fixtures";

// Setup talks to the app over HTTP as a signed-in party, and to the e2e database for the few rows
// the API cannot make.

/** `token`: the party's personal API token (read and write), for the matrix's bearer pass. */
export type Party = { email: string; userId: string; cookie: string; token?: string };

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

export type ApiAnswer<T = unknown> = { status: number; json: T };

export async function callApi<T = unknown>(party: Party | null, method: string, path: string, body?: unknown): Promise<ApiAnswer<T>> {
  const response = await fetch(`${PRIMARY_URL}${path}`, {
    method,
    headers: { ...(party && { cookie: party.cookie }), ...(body !== undefined && { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: (text ? JSON.parse(text) : null) as T };
}

export async function expectStatus<T>(answer: Promise<ApiAnswer<T>>, status: number, what: string): Promise<T> {
  const settled = await answer;
  expect(settled.status, `${what}: ${JSON.stringify(settled.json)}`).toBe(status);
  return settled.json;
}

export async function withDatabase<T>(work: (database: Client) => Promise<T>) {
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    return await work(database);
  } finally {
    await database.end();
  }
}

export async function signIn(credentials: Credentials): Promise<Party> {
  const request = await playwrightRequest.newContext({ baseURL: PRIMARY_URL });
  await signInThroughApi(request, credentials);
  const { cookies } = await request.storageState();
  await request.dispose();
  const cookie = cookies.map((entry) => `${entry.name}=${entry.value}`).join("; ");
  const me = await expectStatus(callApi<{ id: string }>({ email: credentials.email, userId: "", cookie }, "GET", "/api/v1/me"), 200, "reading /me");
  return { email: credentials.email, userId: me.id, cookie };
}

export async function untilTrue(what: string, check: () => Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
