import { Counter, Histogram, Registry } from "prom-client";

// This instance's Prometheus metrics: what it served and what failed on its way out. Kept on
// globalThis, so that a module loaded twice (development reloads) still counts into one registry.
// The database-wide gauges are read at scrape time (lib/metrics/operational-metrics.ts).

function createMetrics() {
  const registry = new Registry();
  const labelNames = ["method", "route", "status"] as const;
  return {
    registry,
    httpRequests: new Counter({
      name: "vetted_http_requests_total",
      help: "API requests answered, by method, route (the operation's path template) and status.",
      labelNames,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: "vetted_http_request_duration_seconds",
      help: "Time to answer an API request (to the first byte for event streams), by method, route and status.",
      labelNames,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    stripeErrors: new Counter({
      name: "vetted_stripe_api_errors_total",
      help: "Stripe API calls that failed, by HTTP status (network: no answer at all).",
      labelNames: ["status"] as const,
      registers: [registry],
    }),
  };
}

type Metrics = ReturnType<typeof createMetrics>;
const globalForMetrics = globalThis as unknown as { vettedMetrics?: Metrics };

export function metrics(): Metrics {
  globalForMetrics.vettedMetrics ??= createMetrics();
  return globalForMetrics.vettedMetrics;
}

/** One answered API request, labelled by its operation's path template, never the raw path. */
export function recordApiRequest(request: { method: string; route: string; status: number; seconds: number }) {
  const labels = { method: request.method, route: request.route, status: String(request.status) };
  const { httpRequests, httpDuration } = metrics();
  httpRequests.inc(labels);
  httpDuration.observe(labels, request.seconds);
}

export function recordStripeError(status: number | "network") {
  metrics().stripeErrors.inc({ status: String(status) });
}
