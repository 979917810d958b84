import { isAppError, type FieldErrors } from "@/lib/errors";
import { logger } from "@/lib/logger";

export { validationError } from "@/lib/errors";
export { requestIdFrom } from "./request-id";

export type ErrorBody = { error: { code: string; message: string; fields?: FieldErrors } };

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
