// The bearer token the e2e app servers expect at GET /api/metrics (tests/e2e/server.ts sets METRICS_TOKEN).
export const E2E_METRICS_TOKEN = "e2e-metrics-scraper-token";
