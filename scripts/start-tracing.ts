import type { startTracing } from "../lib/telemetry/tracing";

// Starts OpenTelemetry tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set; without it nothing of the SDK
// is loaded. Called first by the app server and the worker, before they load the code that requires
// `http` and `pg`: the instrumentations can only patch a module that has not been loaded yet.

export function startTracingIfConfigured(serviceName: string) {
  if (!process.env.OTEL_EXPORTER_OTLP_ENDPOINT) return null;
  // A synchronous require: the SDK must be in place before the next import of the entry point runs.
  const tracing = require("../lib/telemetry/tracing") as { startTracing: typeof startTracing };
  const provider = tracing.startTracing(serviceName);
  /** Sends the spans still buffered; call before the process exits. */
  return () => provider.shutdown().catch(() => undefined);
}
