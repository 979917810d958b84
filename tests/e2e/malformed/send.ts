import type { MalformedCase, Role } from "./generate";

// Sends generated cases over real HTTP in parallel batches and judges each answer.

export const ALLOWED_CLIENT_ERRORS = new Set([400, 401, 403, 404, 409, 413, 415, 422, 429]);

export type Callers = { cookies: Record<Role, string>; forgedCookie: string };
export type Target = {
  baseUrls: string[];
  callers: Callers;
  /** The caller's own id for a path parameter of an operation. */
  ownedId: (path: string, parameter: string) => string;
  missingId: string;
};

export type Outcome = { testCase: MalformedCase; status: number; body: string; ms: number; problem?: string };

const ROLES: Role[] = ["CLIENT", "EXPERT", "ADMIN"];

function callerRole(testCase: MalformedCase, access: "public" | "user" | Role[]): Role | null {
  if (access === "public") return null;
  const allowed = access === "user" ? ROLES : access;
  if (testCase.caller === "wrong-role") return ROLES.find((role) => !allowed.includes(role)) ?? null;
  return allowed[0];
}

function urlOf(testCase: MalformedCase, target: Target, baseUrl: string) {
  const path = testCase.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (typeof testCase.ids === "object" && testCase.ids.name === name) return testCase.ids.segment;
    return encodeURIComponent(testCase.ids === "missing" ? target.missingId : target.ownedId(testCase.path, name));
  });
  return `${baseUrl}${path}${testCase.query === undefined ? "" : `?${testCase.query}`}`;
}

function requestInit(testCase: MalformedCase, target: Target, access: "public" | "user" | Role[]): RequestInit {
  // A fake client address per request: sign-up and sign-in limits are counted per IP.
  const headers: Record<string, string> = {
    "x-forwarded-for": `10.${(testCase.id >> 16) & 255}.${(testCase.id >> 8) & 255}.${testCase.id & 255}`,
    ...testCase.headers,
  };
  const role = callerRole(testCase, access);
  if (testCase.caller === "forged-session") headers.cookie = target.callers.forgedCookie;
  else if (testCase.caller !== "anonymous" && role) headers.cookie = target.callers.cookies[role];
  let body: string | Uint8Array | undefined = testCase.body;
  if (body !== undefined) {
    if (testCase.contentType === undefined) headers["content-type"] = "application/json";
    else if (testCase.contentType !== null) headers["content-type"] = testCase.contentType;
    // A string body would get fetch's default text/plain; bytes go without any Content-Type.
    if (testCase.contentType === null && typeof body === "string") body = new TextEncoder().encode(body);
  }
  return { method: testCase.method, headers, body: body as BodyInit | undefined, redirect: "manual", signal: AbortSignal.timeout(60_000) };
}

/** zod's developer-facing phrasings: no message a person reads may use them (lib/plain-zod-messages.ts). */
export const RAW_VALIDATOR_TEXT = /Too (big|small): expected|Invalid input|expected .* received|Invalid option|Unrecognized keys?:/;

/** The first message of an error answer, or of one of its fields, in zod's own words. */
export function rawValidatorMessage(text: string): string | undefined {
  try {
    const { error } = JSON.parse(text) as { error: { message: string; fields?: Record<string, string[]> } };
    return [error.message, ...Object.entries(error.fields ?? {}).flatMap(([field, messages]) => messages.map((message) => `${field}: ${message}`))].find(
      (message) => RAW_VALIDATOR_TEXT.test(message),
    );
  } catch {
    return undefined;
  }
}

function isErrorShape(text: string): boolean {
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown; fields?: unknown } };
    const error = parsed?.error;
    if (!error || typeof error.code !== "string" || typeof error.message !== "string" || Object.keys(parsed).length !== 1) return false;
    if (error.fields === undefined) return true;
    return (
      typeof error.fields === "object" &&
      error.fields !== null &&
      Object.values(error.fields).every((messages) => Array.isArray(messages) && messages.every((message) => typeof message === "string"))
    );
  } catch {
    return false;
  }
}

export function problemWith(testCase: MalformedCase, status: number, body: string): string | undefined {
  if (status >= 500) return "server error";
  if (testCase.expect === "bad-request" && status !== 400) return `expected 400, got ${status}`;
  if (testCase.expect === "forbidden" && status !== 403) return `expected 403, got ${status}`;
  if (status >= 400) {
    if (!ALLOWED_CLIENT_ERRORS.has(status)) return `unexpected status ${status}`;
    if (!isErrorShape(body)) return "a 4xx without the error shape";
    const raw = rawValidatorMessage(body);
    return raw === undefined ? undefined : `raw validator text reached the caller: ${raw}`;
  }
  if (testCase.expect !== "not-server-error") return `accepted with ${status}`;
  return status >= 300 ? `redirected with ${status}` : undefined;
}

async function sendOne(testCase: MalformedCase, target: Target, access: "public" | "user" | Role[]): Promise<Outcome> {
  const startedAt = performance.now();
  const baseUrl = target.baseUrls[testCase.id % target.baseUrls.length];
  try {
    const response = await fetch(urlOf(testCase, target, baseUrl), requestInit(testCase, target, access));
    let body = "";
    if (response.headers.get("content-type")?.startsWith("text/event-stream")) await response.body?.cancel();
    else body = await response.text();
    const status = response.status;
    return { testCase, status, body: body.slice(0, 4000), ms: performance.now() - startedAt, problem: problemWith(testCase, status, body) };
  } catch (error) {
    const cause = error instanceof Error && error.cause ? ` (${String(error.cause)})` : "";
    return { testCase, status: 0, body: String(error), ms: performance.now() - startedAt, problem: `request failed: ${String(error)}${cause}` };
  }
}

/** Runs the cases `concurrency` at a time; `accessOf` says who may call each operation. */
export async function sendAll(cases: MalformedCase[], target: Target, accessOf: (operation: string) => "public" | "user" | Role[], concurrency = 50) {
  const outcomes: Outcome[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const index = next++;
      outcomes[index] = await sendOne(cases[index], target, accessOf(cases[index].operation));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcomes;
}
