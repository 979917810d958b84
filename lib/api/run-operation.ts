import type { z } from "zod";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { messageOfIssue } from "@/lib/plain-zod-messages";
import { ADMIN_TWO_FACTOR_MESSAGE, isAdminWithoutTwoFactor } from "@/lib/sessions/admin-two-factor";
import { API_TOKEN_PREFIX } from "@/lib/sessions/api-token-format";
import { assertScopeAllows, authenticateApiToken, bearerCredentialOf } from "@/lib/sessions/bearer-caller";
import { sessionUserFrom } from "@/lib/sessions/session-from-request";
import type { SessionUser } from "@/lib/sessions/session-user";
import { recordApiRequest } from "@/lib/telemetry/registry";
import { nameActiveRequestSpan } from "@/lib/telemetry/request-span";
import type { AnyOperation } from "./operation";
import { parseInput } from "./parse-input";
import { errorResponse, json, requestIdFrom } from "./respond";
import { assertSameOrigin } from "./same-origin";
import { assertNoUnknownFields } from "./unknown-fields";

// Every API call, whichever router received it: request id (the trace id when tracing is on) →
// who is asking (a bearer token, or the session cookie after the same-origin check) → parsed params,
// query and body → the operation's one domain call → its answer, checked against the output schema
// outside production → JSON. Errors become the one error shape (lib/api/respond.ts). Each call is
// counted and timed by its operation's path template.

const MAX_BODY_BYTES = 1_000_000;
// A hostile path can be kilobytes long; the log line keeps its start (the route says which operation).
const MAX_LOGGED_PATH_LENGTH = 300;
const boundedPath = (path: string) => (path.length > MAX_LOGGED_PATH_LENGTH ? `${path.slice(0, MAX_LOGGED_PATH_LENGTH)}…` : path);

async function readJsonBody(request: Request): Promise<unknown> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("application/json")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON with Content-Type: application/json.");
  }
  const tooLarge = new AppError("BAD_REQUEST", "The body is larger than 1 MB.");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw tooLarge;
  const bytes = await request.arrayBuffer(); // counted in bytes: a string's length counts UTF-16 units
  if (bytes.byteLength > MAX_BODY_BYTES) throw tooLarge;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid JSON.");
  }
}

/**
 * An operation without a body takes none: a form post (the kind another site can make) or any content
 * is refused, so that e.g. `{ "unexpected": 1 }` never reaches an operation that would act on it.
 */
async function assertNoBody(request: Request) {
  if (request.method === "GET" || request.method === "HEAD") return;
  const contentType = (request.headers.get("content-type") ?? "").toLowerCase();
  const text = request.body ? (await request.text()).trim() : "";
  if (text === "" || text === "{}") {
    if (contentType && !contentType.startsWith("application/json")) {
      throw new AppError("UNSUPPORTED_MEDIA_TYPE", "This operation takes no body; send none, or an empty JSON object.");
    }
    return;
  }
  throw new AppError("BAD_REQUEST", "This operation takes no body; send none, or an empty JSON object.");
}

/** PostgreSQL cannot store U+0000: refuse it at the edge with a 400 instead of failing in the database. */
function assertNoNulCharacter(value: unknown, where: string): void {
  const pending: unknown[] = [value]; // iterative: a hostile body may nest deeper than the call stack
  while (pending.length) {
    const item = pending.pop();
    if (typeof item === "string") {
      if (item.includes("\u0000")) throw new AppError("BAD_REQUEST", `${where} contains a NUL character (U+0000), which text cannot hold.`);
    } else if (Array.isArray(item)) {
      pending.push(...item);
    } else if (item && typeof item === "object") {
      for (const [key, child] of Object.entries(item)) pending.push(key, child);
    }
  }
}

/** A path that names nothing we could have is malformed (400), with the parameter's own message. */
function parsePathParams(schema: z.ZodType, rawParams: Record<string, string>) {
  const parsed = schema.safeParse(rawParams);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AppError("BAD_REQUEST", issue ? messageOfIssue(issue) : "The address is malformed.");
}

/** The role may call the operation, and an admin tool needs the admin's two-factor authentication, by cookie or by token alike. */
function assertRoleAllowed(operation: AnyOperation, user: SessionUser) {
  if (operation.access === "public" || operation.access === "user") return;
  if (!operation.access.includes(user.role)) throw new AppError("FORBIDDEN", "Your account does not have access to this.");
  if (isAdminWithoutTwoFactor(user, operation.access)) throw new AppError("FORBIDDEN", ADMIN_TWO_FACTOR_MESSAGE);
}

/**
 * A bearer token, when sent, decides who is asking, cookie or not; a browser never attaches one on its
 * own, so such a call needs no same-origin check. Public operations take only our own tokens' shape,
 * since one of them (metrics) reads a bearer credential of its own.
 */
async function authorizeBearer(operation: AnyOperation, request: Request, credential: string) {
  const { user, scopes } = await authenticateApiToken(credential, request, now());
  if (operation.sessionOnly) throw new AppError("FORBIDDEN", "API tokens cannot do this (nor manage API tokens): sign in to Vetted and do it there.");
  assertScopeAllows(scopes, request.method);
  assertRoleAllowed(operation, user);
  return user;
}

async function authorize(operation: AnyOperation, request: Request) {
  const credential = bearerCredentialOf(request.headers);
  if (credential && (operation.access !== "public" || credential.startsWith(API_TOKEN_PREFIX))) return authorizeBearer(operation, request, credential);
  assertSameOrigin(request);
  if (operation.access === "public") return sessionUserFrom(request).catch(() => null);
  const user = await sessionUserFrom(request);
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  assertRoleAllowed(operation, user);
  return user;
}

/** Outside production an answer that its schema rejects is a bug: fail loudly rather than ship it. */
function checkOutput(operation: AnyOperation, result: unknown) {
  const schema = operation.output.schema;
  if (!schema || !env().API_CHECK_RESPONSES) return;
  const parsed = schema.safeParse(JSON.parse(JSON.stringify(result ?? null)));
  if (!parsed.success) {
    throw new Error(`${operation.method} ${operation.path} answered outside its output schema: ${JSON.stringify(parsed.error.issues.slice(0, 5))}`);
  }
}

export async function runOperation(operation: AnyOperation, request: Request, rawParams: Record<string, string>): Promise<Response> {
  const requestId = requestIdFrom(request.headers);
  const startedAt = performance.now();
  nameActiveRequestSpan(operation.method, operation.path);
  const url = new URL(request.url);
  let status = 500;
  try {
    const user = await authorize(operation, request);
    assertNoNulCharacter(rawParams, "The address");
    const rawQuery = Object.fromEntries(url.searchParams);
    assertNoNulCharacter(rawQuery, "The query string");
    const { input = {} } = operation;
    const params = input.params ? parsePathParams(input.params, rawParams) : rawParams;
    const query = input.query && parseInput(input.query, rawQuery, "The query string");
    let body: unknown;
    if (input.body) {
      const rawBody = await readJsonBody(request);
      assertNoNulCharacter(rawBody, "The body");
      assertNoUnknownFields(input.body, rawBody, "The body");
      body = parseInput(input.body, rawBody, "The body");
    } else if (!input.rawBody) {
      await assertNoBody(request);
    }
    const result = await operation.handler({ request, requestId, user, params, query, body } as Parameters<AnyOperation["handler"]>[0]);
    if (result instanceof Response) {
      status = result.status;
      return result;
    }
    checkOutput(operation, result);
    status = operation.output.status;
    return json(result, requestId, { status });
  } catch (error) {
    const response = errorResponse(error, requestId, { hadBearerToken: bearerCredentialOf(request.headers) !== null });
    status = response.status;
    return response;
  } finally {
    const milliseconds = performance.now() - startedAt;
    recordApiRequest({ method: request.method, route: operation.path, status, seconds: milliseconds / 1000 });
    logger.info(
      { requestId, method: request.method, route: operation.path, path: boundedPath(url.pathname), status, ms: Math.round(milliseconds) },
      "api request",
    );
  }
}
