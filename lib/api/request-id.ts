import { activeTraceId } from "@/lib/telemetry/active-trace";

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * With tracing on, the request id is the trace id, so a log line, an answer's x-request-id and a trace
 * find one another (a caller joins its own trace with a `traceparent` header). Without tracing, a
 * caller's (or a proxy's) request id is kept when it looks sane, so logs can be joined across hops.
 */
export function requestIdFrom(headers: Headers) {
  const traceId = activeTraceId();
  if (traceId) return traceId;
  const incoming = headers.get("x-request-id");
  return incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : crypto.randomUUID();
}
