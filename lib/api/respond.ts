import { z } from "zod";
import { AppError, isAppError, type FieldErrors } from "@/lib/errors";
import { logger } from "@/lib/logger";

export { requestIdFrom } from "./request-id";

export type ErrorBody = { error: { code: string; message: string; fields?: FieldErrors } };

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/**
 * Top-level fields the operation does not take make the request malformed (400), whatever else is wrong
 * with it; an unknown key inside a field is that field's problem (422, with the other field messages).
 */
export function validationError(error: z.ZodError, what = "The request") {
  const unknownKeys = error.issues.flatMap((issue) => (issue.code === "unrecognized_keys" && issue.path.length === 0 ? issue.keys : []));
  if (unknownKeys.length) {
    return new AppError("BAD_REQUEST", `${what} has fields this operation does not take: ${unknownKeys.join(", ")}. Remove them and try again.`, {
      fields: Object.fromEntries(unknownKeys.map((key) => [key, ["This field is not part of this operation."]])),
    });
  }
  return new AppError("VALIDATION_FAILED", `${what} has invalid fields; see "fields" for what to fix.`, {
    fields: fieldErrorsOf(error),
  });
}

export function json<T>(body: T, requestId: string, init: { status?: number; headers?: Record<string, string> } = {}) {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { "content-type": "application/json", "x-request-id": requestId, "cache-control": "no-store", ...init.headers },
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
