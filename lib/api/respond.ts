import { type FieldErrors, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { securityHeaders } from "@/lib/security-headers.cjs";

export { validationError } from "@/lib/errors";
export { requestIdFrom } from "./request-id";

export type ErrorBody = { error: { code: string; message: string; fields?: FieldErrors } };

/**
 * The headers Next adds to every answer it serves (next.config.js), for the answers the API router
 * serves without Next; on Next's own routes they are the same values, which Next does not repeat.
 */
export const SECURITY_HEADERS = Object.fromEntries(
  securityHeaders({ isDevelopment: process.env.NODE_ENV === "development" }).map(({ key, value }) => [key, value]),
);

export function json<T>(body: T, requestId: string, init: { status?: number; headers?: Record<string, string> } = {}) {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { ...SECURITY_HEADERS, "content-type": "application/json", "x-request-id": requestId, "cache-control": "no-store", ...init.headers },
  });
}

/** A text answer (Prometheus' exposition format), never cached. */
export function text(body: string, requestId: string, contentType = "text/plain; charset=utf-8") {
  return new Response(body, {
    headers: { ...SECURITY_HEADERS, "content-type": contentType, "x-request-id": requestId, "cache-control": "no-store" },
  });
}

/** Server-Sent Events: never cached, transformed or buffered by a proxy on the way. */
export function eventStream(stream: ReadableStream<Uint8Array>, requestId: string) {
  return new Response(stream, {
    headers: {
      ...SECURITY_HEADERS,
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
      "x-request-id": requestId,
    },
  });
}

/**
 * The one place an error becomes an HTTP answer. Unexpected errors are logged with the request id and
 * never shown. A 401 names the scheme to authenticate with (RFC 9110), and says the token was refused
 * when the request carried one (RFC 6750).
 */
export function errorResponse(error: unknown, requestId: string, { hadBearerToken = false } = {}) {
  if (isAppError(error)) {
    const body: ErrorBody = { error: { code: error.code, message: error.message, ...(error.fields && { fields: error.fields }) } };
    const headers: Record<string, string> = error.retryAfterSeconds ? { "retry-after": String(error.retryAfterSeconds) } : {};
    if (error.status === 401) headers["www-authenticate"] = `Bearer realm="Vetted API"${hadBearerToken ? ', error="invalid_token"' : ""}`;
    return json(body, requestId, { status: error.status, headers });
  }
  logger.error({ requestId, err: error }, "unhandled error");
  const body: ErrorBody = {
    error: { code: "INTERNAL", message: `Something went wrong on our side. Quote reference ${requestId} if you contact support.` },
  };
  return json(body, requestId, { status: 500 });
}

/** A file to save (a data export), never cached: it is someone's own data. */
export function attachment(bytes: Uint8Array, options: { filename: string; contentType: string; requestId: string }) {
  return new Response(new Uint8Array(bytes), {
    headers: {
      ...SECURITY_HEADERS,
      "content-type": options.contentType,
      "content-disposition": `attachment; filename="${options.filename}"`,
      "content-length": String(bytes.byteLength),
      "cache-control": "private, no-store",
      "x-request-id": options.requestId,
    },
  });
}

/** A 302 to a short-lived signed link (a file's bytes): never cached, since the link expires. */
export function redirect(location: string, requestId: string) {
  return new Response(null, { status: 302, headers: { ...SECURITY_HEADERS, location, "cache-control": "private, no-store", "x-request-id": requestId } });
}
