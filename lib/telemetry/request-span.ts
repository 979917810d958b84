import { trace } from "@opentelemetry/api";

/**
 * Names the HTTP server span this request runs in after the operation's path template
 * ("GET /api/v1/requests/{id}"), as the semantic conventions ask, instead of the bare method the
 * HTTP instrumentation knows. Does nothing when tracing is off.
 */
export function nameActiveRequestSpan(method: string, route: string) {
  const span = trace.getActiveSpan();
  if (!span) return;
  span.setAttribute("http.route", route);
  span.updateName(`${method} ${route}`);
}
