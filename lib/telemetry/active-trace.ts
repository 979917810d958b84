import { isSpanContextValid, trace } from "@opentelemetry/api";

// The trace the current code runs in, when tracing is on (lib/telemetry/start-tracing.ts). Without a
// tracer provider the OpenTelemetry API is a no-op and there is never an active span.

/** The active span's trace id, or undefined outside a trace. */
export function activeTraceId(): string | undefined {
  const context = trace.getActiveSpan()?.spanContext();
  return context && isSpanContextValid(context) ? context.traceId : undefined;
}

/** Fields for a log line: the trace and span it was written in. */
export function activeTraceIds(): { traceId?: string; spanId?: string } {
  const context = trace.getActiveSpan()?.spanContext();
  return context && isSpanContextValid(context) ? { traceId: context.traceId, spanId: context.spanId } : {};
}
