import type { NextRequest } from "next/server";
import { z } from "zod";
import type { Role } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { errorResponse, json, requestIdFrom, validationError } from "./respond";
import { assertSameOrigin } from "./same-origin";
import { assertNoUnknownFields } from "./unknown-fields";

// One wrapper for every /api/v1 handler: request id → who is asking → parsed input → one lib call → JSON.

type Access = "public" | "user" | readonly Role[];

type Input<Body extends z.ZodType | undefined, Query extends z.ZodType | undefined> = {
  access: Access;
  body?: Body;
  query?: Query;
  status?: number;
};

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export type RouteContext<Body, Query, Auth> = {
  request: NextRequest;
  requestId: string;
  user: Auth;
  body: Body;
  query: Query;
  params: Record<string, string>;
};

const MAX_BODY_BYTES = 1_000_000;

async function readJsonBody(request: NextRequest): Promise<unknown> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("application/json")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON with Content-Type: application/json.");
  }
  const tooLarge = new AppError("BAD_REQUEST", "The body is larger than 1 MB.");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw tooLarge;
  const bytes = await request.arrayBuffer(); // counted in bytes: a string's length counts UTF-16 units
  if (bytes.byteLength > MAX_BODY_BYTES) throw tooLarge;
  const text = new TextDecoder().decode(bytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid JSON.");
  }
}

/**
 * An operation without a body takes none: a form post (the kind another site can make) or any content
 * is refused, so that e.g. `{ "unexpected": 1 }` never reaches an operation that would act on it.
 */
async function assertNoBody(request: NextRequest) {
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

function queryObject(request: NextRequest) {
  const query: Record<string, string> = {};
  request.nextUrl.searchParams.forEach((value, key) => (query[key] = value));
  return query;
}

export function apiRoute<
  Body extends z.ZodType | undefined = undefined,
  Query extends z.ZodType | undefined = undefined,
  A extends Access = Access,
>(
  input: Input<Body, Query> & { access: A },
  handler: (
    context: RouteContext<Infer<Body>, Infer<Query>, A extends "public" ? SessionUser | null : SessionUser>,
  ) => Promise<unknown>,
) {
  return async (request: NextRequest, segment: { params: Promise<Record<string, string>> }) => {
    const requestId = requestIdFrom(request.headers);
    const startedAt = performance.now();
    let status = 500;
    try {
      assertSameOrigin(request);
      const user = input.access === "public" ? null : await requireUser(input.access === "user" ? undefined : input.access);
      const params = (await segment?.params) ?? {};
      assertNoNulCharacter(params, "The address");
      const rawQuery = queryObject(request);
      assertNoNulCharacter(rawQuery, "The query string");
      const query = input.query ? input.query.safeParse(rawQuery) : undefined;
      if (query && !query.success) throw validationError(query.error, "The query string");
      if (!input.body) await assertNoBody(request);
      const rawBody = input.body ? await readJsonBody(request) : undefined;
      assertNoNulCharacter(rawBody, "The body");
      if (input.body) assertNoUnknownFields(input.body, rawBody, "The body");
      const body = input.body ? input.body.safeParse(rawBody) : undefined;
      if (body && !body.success) throw validationError(body.error, "The body");
      const result = await handler({
        request,
        requestId,
        user: user as SessionUser,
        body: body?.data as Infer<Body>,
        query: query?.data as Infer<Query>,
        params,
      });
      if (result instanceof Response) {
        status = result.status;
        return result;
      }
      status = input.status ?? 200;
      return json(result, requestId, { status });
    } catch (error) {
      const response = errorResponse(error, requestId);
      status = response.status;
      return response;
    } finally {
      logger.info(
        { requestId, method: request.method, path: request.nextUrl.pathname, status, ms: Math.round(performance.now() - startedAt) },
        "api request",
      );
    }
  };
}
