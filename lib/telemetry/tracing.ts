import { hostname } from "node:os";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { registerInstrumentations } from "@opentelemetry/instrumentation";
import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";
import { PgInstrumentation } from "@opentelemetry/instrumentation-pg";
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider } from "@opentelemetry/sdk-trace-node";

// OpenTelemetry tracing for one process, exported over OTLP/HTTP (JSON) to OTEL_EXPORTER_OTLP_ENDPOINT.
// Only loaded when that variable is set (scripts/start-tracing.ts), and before anything else, so that
// the instrumentations patch `http` and `pg` before the app requires them. Spans: every HTTP request
// the server answers (the API router names its span by the operation's path template), every query
// made inside one, Stripe calls, job runs and email sends. The exporter and the batch processor read
// the standard OTEL_* variables (headers, sampler, batch delay) themselves.

// Probes and scrapes run every few seconds: a trace each would drown the ones worth reading.
const UNTRACED_PATHS = new Set(["/api/health", "/api/ready", "/api/metrics"]);
/**
 * Query values a span must not carry: the instrumentation's own list (signed cloud URLs) and the
 * token of the links Vetted emails (/reset-password?token=…), which would otherwise reach the collector.
 */
const REDACTED_QUERY_PARAMETERS = [
  "token",
  "sig",
  "Signature",
  "AWSAccessKeyId",
  "X-Goog-Signature",
  "X-Amz-Signature",
  "X-Amz-Credential",
  "X-Amz-Security-Token",
];

const isUntraced = (url = "") => {
  const path = url.split("?")[0];
  return UNTRACED_PATHS.has(path) || path.startsWith("/_next/static/") || path.startsWith("/fonts/");
};

export function startTracing(serviceName: string) {
  const resource = defaultResource()
    .merge(resourceFromAttributes({ "service.name": serviceName, "service.instance.id": `${hostname()}:${process.pid}` }))
    .merge(detectResources({ detectors: [envDetector] })); // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win
  const provider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())] });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => isUntraced(request.url),
        redactedQueryParamsServer: REDACTED_QUERY_PARAMETERS,
        // Outgoing calls count inside a request or a job (Stripe, the collector never).
        requireParentforOutgoingSpans: true,
      }),
      // Queries outside a request or a job are the worker's polling: a trace each would be noise.
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  return provider;
}
