import type { AnyOperation } from "@/lib/api/operation";
import { runOperation } from "@/lib/api/run-operation";
import type { SessionUser } from "@/lib/auth/session";
import { fillPath } from "@/lib/endpoints/client";
import { env } from "@/lib/env";
import { sessionCookieName } from "@/lib/sessions/cookies";
import { sessionJwt } from "@/lib/sessions/session-token";

// A declared operation called the way the API router calls it (runOperation: session, parsing, unknown
// fields, output check, the error shape), without a server: for what the edge decides.

type Call = { params?: Record<string, string>; query?: Record<string, string>; body?: unknown };

/** A session cookie for this user, as signing in would set it. */
async function sessionCookieFor(user: Pick<SessionUser, "id" | "role" | "email">) {
  const token = await sessionJwt.encode!({ token: { sub: user.id, role: user.role, email: user.email }, secret: env().NEXTAUTH_SECRET });
  return `${sessionCookieName()}=${token}`;
}

export async function callOperation(operation: AnyOperation, user: SessionUser | null, { params = {}, query, body }: Call = {}) {
  const url = new URL(fillPath(operation.path, params), "http://localhost");
  for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, value);
  const headers = new Headers(user ? { cookie: await sessionCookieFor(user) } : {});
  if (body !== undefined) headers.set("content-type", "application/json");
  const response = await runOperation(
    operation,
    new Request(url, { method: operation.method, headers, body: body === undefined ? undefined : JSON.stringify(body) }),
    params,
  );
  // A redirect (a file's signed link) or a file's bytes carry no JSON: their headers say what happened.
  // The headers are there to read, not to compare: left out of toEqual on the whole answer.
  const isJson = response.headers.get("content-type")?.startsWith("application/json");
  const answer = {
    status: response.status,
    json: (isJson ? await response.json() : {}) as { error?: { code: string; message: string; fields?: Record<string, string[]> } } & Record<string, unknown>,
  };
  return Object.defineProperty(answer, "headers", { value: response.headers, enumerable: false }) as typeof answer & { headers: Headers };
}

/** The error body's code, message and fields of a refused call, with its status, for `toMatchObject`. */
export async function refusalOf(answer: Promise<{ status: number; json: { error?: { code: string; message: string; fields?: Record<string, string[]> } } }>) {
  const { status, json } = await answer;
  if (!json.error) throw new Error(`expected a refusal, got ${status}: ${JSON.stringify(json)}`);
  return { status, ...json.error };
}
