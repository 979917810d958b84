import { sleep } from "./processes";

// A signed-in caller of the real app over HTTP, as a browser would be: cookies kept, sign-in through
// next-auth's CSRF token and credentials callback. Calls made while the app is down (killed, or
// restarting) are retried until an answer arrives, within a bound on attempts and time.

export type ApiAnswer = { status: number; body: unknown; text: string; retries: number };

type CallInit = { json?: unknown; form?: Record<string, string>; headers?: Record<string, string> };

type Options = {
  baseUrl: string;
  onAnswer?: (path: string, text: string) => void;
  retryForMs?: number;
  /** Another client's cookie jar: the same signed-in person, calling another app instance. */
  cookies?: Map<string, string>;
};

const isNetworkFailure = (error: unknown) =>
  error instanceof TypeError ||
  (error instanceof Error && /fetch failed|ECONNREFUSED|ECONNRESET|socket|terminated|aborted|timeout/i.test(`${error.message} ${String(error.cause ?? "")}`));

export function apiClient(options: Options) {
  const cookies = options.cookies ?? new Map<string, string>();
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  const retryForMs = options.retryForMs ?? 60_000;

  async function once(method: string, path: string, init: CallInit = {}) {
    const headers: Record<string, string> = { ...init.headers, cookie: cookieHeader() };
    let body: string | undefined;
    if (init.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(init.json);
    } else if (init.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(new URL(path, options.baseUrl), { method, headers, body, redirect: "manual", signal: AbortSignal.timeout(30_000) });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const separator = pair.indexOf("=");
      cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
    }
    const text = await response.text();
    options.onAnswer?.(path, text);
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: response.status, body: parsed, text };
  }

  /** One request, retried through crashes: any HTTP answer ends it; only a dead or restarting app is retried. */
  async function call(method: string, path: string, init: CallInit = {}): Promise<ApiAnswer> {
    const deadline = Date.now() + retryForMs;
    for (let retries = 0; ; retries++) {
      try {
        return { ...(await once(method, path, init)), retries };
      } catch (error) {
        if (!isNetworkFailure(error) || Date.now() > deadline || retries >= 600) throw error;
        await sleep(100);
      }
    }
  }

  /** `totpCode`: the second step, for an account with two-factor authentication. */
  async function signIn(email: string, password: string, totpCode?: string) {
    const csrf = await call("GET", "/api/auth/csrf");
    const { csrfToken } = csrf.body as { csrfToken: string };
    const form = { csrfToken, email, password, json: "true", ...(totpCode && { totpCode }) };
    const answer = await call("POST", "/api/auth/callback/credentials", { form });
    if (answer.status !== 200) return answer;
    const session = await call("GET", "/api/auth/session");
    const signedInAs = (session.body as { user?: { email?: string } } | null)?.user?.email;
    if (signedInAs !== email) throw new Error(`sign-in as ${email} did not create a session (${answer.status} ${answer.text.slice(0, 200)})`);
    return answer;
  }

  return { baseUrl: options.baseUrl, call, signIn, cookies, cookieHeader };
}

export type ApiClient = ReturnType<typeof apiClient>;
