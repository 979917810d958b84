import type { APIRequestContext, APIResponse } from "@playwright/test";
import { createClientAccount, expect, test } from "./fixtures";

// Malformed and foreign callbackUrls in every place next-auth reads one (query, cookie, sign-in body):
// never a 500, and never a redirect (Location or JSON `url`) to another origin. next-auth answered 500
// to most of these before lib/auth/next-auth-handler.ts.

const HOSTILE_CALLBACK_URLS: { label: string; query: string; value: string }[] = [
  { label: "an unclosed IPv6 host", query: encodeURIComponent("http://["), value: "http://[" },
  { label: "broken percent-encoding", query: "%E0%A4%A", value: "%E0%A4%A" },
  { label: "a javascript: URL", query: encodeURIComponent("javascript:alert(1)"), value: "javascript:alert(1)" },
  { label: "a data: URL", query: encodeURIComponent("data:text/html,<script>alert(1)</script>"), value: "data:text/html,<script>alert(1)</script>" },
  { label: "a protocol-relative URL", query: encodeURIComponent("//evil.test"), value: "//evil.test" },
  { label: "a backslash path", query: encodeURIComponent("/\\evil.test"), value: "/\\evil.test" },
  { label: "a tab before //", query: encodeURIComponent("/\t/evil.test"), value: "/\t/evil.test" },
  { label: "another origin", query: encodeURIComponent("https://evil.test/dashboard"), value: "https://evil.test/dashboard" },
  { label: "our host as a user name", query: encodeURIComponent("http://localhost@evil.test/"), value: "http://localhost@evil.test/" },
  { label: "junk", query: "%00%FF::", value: "\u0000::" },
];

function expectSameOrigin(response: APIResponse, origin: string, what: string) {
  expect(response.status(), what).toBeLessThan(500);
  const location = response.headers().location;
  if (location) expect(new URL(location, origin).origin, `${what}: Location ${location}`).toBe(origin);
}

async function expectJsonUrlOnOrigin(response: APIResponse, origin: string, what: string) {
  const { url } = (await response.json()) as { url?: string };
  expect(url, what).toBeDefined();
  expect(new URL(url ?? "", origin).origin, `${what}: url ${url}`).toBe(origin);
  return new URL(url ?? "", origin);
}

async function signInWithCallbackUrl(request: APIRequestContext, credentials: { email: string; password: string }, callbackUrl: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", { form: { ...credentials, csrfToken, callbackUrl, json: "true" }, maxRedirects: 0 });
}

test.describe("callbackUrl in the auth routes", () => {
  for (const { label, query, value } of HOSTILE_CALLBACK_URLS) {
    test(`${label}: no 500 and no redirect elsewhere, from the query, the cookie or the sign-in form`, async ({ playwright, baseURL }) => {
      const origin = new URL(baseURL ?? "").origin;
      const anonymous = await playwright.request.newContext({ baseURL });
      for (const path of ["/api/auth/signin", "/api/auth/session", "/api/auth/csrf", "/api/auth/providers", "/api/auth/error", "/sign-in"]) {
        expectSameOrigin(await anonymous.get(`${path}?callbackUrl=${query}`, { maxRedirects: 0 }), origin, `${path} with it in the query`);
      }
      const withCookie = { cookie: `next-auth.callback-url=${encodeURIComponent(value)}` };
      for (const path of ["/api/auth/session", "/api/auth/csrf", "/api/auth/signin"]) {
        expectSameOrigin(await anonymous.get(path, { headers: withCookie, maxRedirects: 0 }), origin, `${path} with it in the cookie`);
      }
      await anonymous.dispose();

      // Signing in with it in the form (as next-auth's signIn() sends it) leads to the dashboard.
      const signingIn = await playwright.request.newContext({ baseURL });
      const account = await createClientAccount(signingIn);
      const signedIn = await signInWithCallbackUrl(signingIn, account, value);
      expectSameOrigin(signedIn, origin, "the credentials callback");
      expect((await expectJsonUrlOnOrigin(signedIn, origin, "the credentials callback")).pathname).toBe("/dashboard");
      expect((await (await signingIn.get("/api/auth/session")).json())?.user?.email).toBe(account.email);
      await signingIn.dispose();
    });
  }

  test("nor does a ?error= that a header cannot carry, or a GET to the credentials callback", async ({ request, baseURL }) => {
    const origin = new URL(baseURL ?? "").origin;
    for (const error of ["%E2%82%AC", "%0D%0AX-Injected:%201", "%00"]) {
      const response = await request.get(`/api/auth/error?error=${error}`, { maxRedirects: 0 });
      expectSameOrigin(response, origin, `/api/auth/error?error=${error}`);
      expect(response.headers()["x-injected"]).toBeUndefined();
    }
    const wrongMethod = await request.get("/api/auth/callback/credentials", { maxRedirects: 0 });
    expect(wrongMethod.status()).toBe(405);
    expect(wrongMethod.headers().allow).toBe("POST");
  });

  test("a path on this site is still followed after signing in", async ({ request, baseURL }) => {
    const origin = new URL(baseURL ?? "").origin;
    const account = await createClientAccount(request);
    const signedIn = await signInWithCallbackUrl(request, account, "/client/requests?status=open");
    const url = await expectJsonUrlOnOrigin(signedIn, origin, "the credentials callback");
    expect(`${url.pathname}${url.search}`).toBe("/client/requests?status=open");
  });
});
