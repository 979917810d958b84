import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError, isAppError, type FieldErrors } from "@/lib/errors";
import { logger } from "@/lib/logger";

export type ErrorBody = { error: { code: string; message: string; fields?: FieldErrors } };

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,128}$/;

/** Keeps a caller's (or a proxy's) request id when it looks sane, so logs can be joined across hops. */
export function requestIdFrom(headers: Headers) {
  const incoming = headers.get("x-request-id");
  return incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

export function validationError(error: z.ZodError, what = "The request") {
  return new AppError("VALIDATION_FAILED", `${what} has invalid fields; see "fields" for what to fix.`, {
    fields: fieldErrorsOf(error),
  });
}

export function json<T>(body: T, requestId: string, init: { status?: number; headers?: Record<string, string> } = {}) {
  return NextResponse.json(body, {
    status: init.status ?? 200,
    headers: { "x-request-id": requestId, "cache-control": "no-store", ...init.headers },
  });
}

/** The one place an error becomes an HTTP answer. Unexpected errors are logged with the request id and never shown. */
export function errorResponse(error: unknown, requestId: string) {
  if (isAppError(error)) {
    const body: ErrorBody = { error: { code: error.code, message: error.message, ...(error.fields && { fields: error.fields }) } };
    const headers: Record<string, string> = error.retryAfterSeconds ? { "retry-after": String(error.retryAfterSeconds) } : {};
    return json(body, requestId, { status: error.status, headers });
  }
  logger.error({ requestId, err: error }, "unhandled error");
  const body: ErrorBody = {
    error: { code: "INTERNAL", message: `Something went wrong on our side. Quote reference ${requestId} if you contact support.` },
  };
  return json(body, requestId, { status: 500 });
}
