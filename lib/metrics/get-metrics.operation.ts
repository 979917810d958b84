import { defineOperation } from "@/lib/api/operation";
import { text } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";
import { hasMetricsToken } from "./metrics-token";
import { refreshOperationalMetrics } from "./operational-metrics";

export const getMetricsOperation = defineOperation({
  method: "GET",
  path: "/api/metrics",
  summary: "Prometheus metrics (text exposition format), for a scraper holding METRICS_TOKEN as its bearer token",
  tag: "System",
  access: "public",
  headers: [{ name: "authorization", description: "Bearer <METRICS_TOKEN>" }],
  output: { status: 200, description: "The metrics, as text/plain in Prometheus' exposition format." },
  errors: [404],
  handler: async ({ request, requestId }) => {
    // Without the token (or with none configured) the address answers like one we do not serve.
    if (!hasMetricsToken(request.headers)) throw new AppError("NOT_FOUND", "Nothing is served at this address.");
    const registry = await refreshOperationalMetrics();
    return text(await registry.metrics(), requestId, registry.contentType);
  },
});
