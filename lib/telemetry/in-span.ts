import { type Attributes, type Span, SpanStatusCode, trace } from "@opentelemetry/api";

// Work we start ourselves (a job run, an email send) as a span of its own: the database queries and
// HTTP calls made inside it become its children. Without tracing the API hands out no-op spans.

const tracer = trace.getTracer("vetted");

export function markFailed(span: Span, error: unknown) {
  if (error instanceof Error) span.recordException(error);
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}

export function inSpan<T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      markFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}
