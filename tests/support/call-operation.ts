import { fillPath } from "@/lib/endpoints/client";
import type { AnyOperation } from "@/lib/api/operation";
import { runOperation } from "@/lib/api/run-operation";
import { sessionCookieName } from "@/lib/sessions/cookies";
import type { SessionUser } from "@/lib/auth/session";
import { sessionJwt } from "@/lib/sessions/session-token";
import { env } from "@/lib/env";

// An operation called as the API router calls it (lib/api/run-operation.ts), signed in as `as`: the
// edge's own checks (params, query, body, unknown fields, the answer against its schema) all run.

type Call = { as: SessionUser; params?: Record<string, string>; query?: Record<string, string>; body?: unknown };

export async function callOperation(operation: AnyOperation, { as, params = {}, query = {}, body }: Call) {
  const token = await sessionJwt.encode!({ token: { sub: as.id, role: as.role }, secret: env().NEXTAUTH_SECRET });
  const url = new URL(fillPath(operation.path, params), "http://localhost");
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  const request = new Request(url, {
    method: operation.method,
    headers: { cookie: `${sessionCookieName()}=${token}`, ...(body !== undefined && { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await runOperation(operation, request, params);
  return { status: response.status, body: (await response.json()) as unknown };
}

/** The error body's code and fields of a refused call, for `toMatchObject`. */
export async function refusalOf(answer: Promise<{ status: number; body: unknown }>) {
  const { status, body } = await answer;
  const error = (body as { error?: { code: string; message: string; fields?: Record<string, string[]> } }).error;
  if (!error) throw new Error(`expected a refusal, got ${status}: ${JSON.stringify(body)}`);
  return { status, ...error };
}
