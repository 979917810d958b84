import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { startTracingIfConfigured } from "./start-tracing";

// The app's one HTTP server (`npm start`, and `npm run dev` with --dev): a plain node:http server that
// first rewrites X-Forwarded-For to what the app may believe (only the trusted proxies' entries, then
// the socket's address), then hands declared API operations to the API router (Hono, lib/endpoints/router.ts)
// and everything else — pages, server actions, next-auth, webhooks — to Next. Production refuses to
// start on an unsafe environment (lib/production-safety.ts) with one line per problem. Tracing (when
// configured) starts before anything else loads; everything else is imported in main for that reason.
// A production server also regenerates the hiring pages in its own cache when a change to them is
// announced (lib/hire-pages/regenerate-hire-pages.ts), by requesting them from itself.
// On SIGTERM it first answers /api/ready with 503 for SHUTDOWN_DRAIN_MS, then stops taking connections.
// It runs as TypeScript through tsx, or compiled into the build's standalone folder
// (scripts/build-server.ts), whose root is then this file's parent folder as the repository is the source's.

const { values } = parseArgs({ options: { dev: { type: "boolean", default: false }, port: { type: "string" }, hostname: { type: "string" } } });
const isDevelopment = values.dev;
// Set before Next and React load: it picks their production or development builds.
(process.env as Record<string, string>).NODE_ENV ??= isDevelopment ? "development" : "production";
const appRoot = path.resolve(__dirname, "..");
process.chdir(appRoot);
const distDir = path.join(appRoot, process.env.NEXT_DIST_DIR ?? ".next");

/**
 * A production build runs on the config `next build` resolved and wrote down, as Next's own standalone
 * server does: the standalone folder has no next.config.js, and Next warns when it is loaded again.
 */
function applyBuiltNextConfig() {
  const serverFiles = path.join(distDir, "required-server-files.json");
  if (!existsSync(serverFiles)) throw new Error("No production build: run npm run build first.");
  const { config } = JSON.parse(readFileSync(serverFiles, "utf8")) as { config: unknown };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}

async function main() {
  const stopTracing = startTracingIfConfigured("vetted-app");
  const { env } = await import("@/lib/env");
  let settings: ReturnType<typeof env>;
  try {
    settings = env();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const { storageHealth } = await import("@/lib/health/storage-health");
  const storageWarning = storageHealth().warning;
  if (storageWarning) console.warn(storageWarning);
  const { believedForwardedFor } = await import("@/lib/forwarded-for");
  if (!isDevelopment) applyBuiltNextConfig();
  const { default: next } = await import("next");
  const { createApiRouter, servesRequest } = await import("@/lib/endpoints/router");
  const { apiListener } = await import("@/lib/endpoints/node-listener");
  const { API_OPERATIONS } = await import("@/lib/endpoints/operation-list");
  const { markShuttingDown } = await import("@/lib/health/shutdown-state");
  const { startHirePageRegeneration } = await import("@/lib/hire-pages/regenerate-hire-pages");
  const api = createApiRouter(API_OPERATIONS);
  const serveApi = apiListener(api);
  const port = values.port === undefined ? settings.PORT : Number(values.port);
  const hostname = values.hostname ?? settings.HOSTNAME;
  const app = next({ dev: isDevelopment, dir: appRoot, hostname: "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((request, response) => {
    request.headers["x-forwarded-for"] = believedForwardedFor(request.headers["x-forwarded-for"], request.socket.remoteAddress, settings.TRUSTED_PROXY_COUNT);
    const pathname = (request.url ?? "/").split("?")[0];
    if (pathname.startsWith("/api/") && servesRequest(api, request.method ?? "GET", pathname)) serveApi(request, response);
    else void handle(request, response);
  });
  // Idle keep-alive connections outlive a client's or proxy's own idle timeout (load balancers use
  // 60 s), so the client, which sends next, is the one that closes them: when the server closes one
  // first, a request sent at that moment fails with a reset.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on("error", (error: NodeJS.ErrnoException) => {
    console.error(error.code === "EADDRINUSE" ? `Port ${port} is already in use: set PORT to a free one.` : error.message);
    process.exit(1);
  });
  let hirePageRegeneration: ReturnType<typeof startHirePageRegeneration> = null;
  server.listen(port, hostname, () => {
    const address = server.address() as AddressInfo;
    console.log(`Vetted ${isDevelopment ? "(development) " : ""}on http://localhost:${address.port}`);
    if (!isDevelopment) {
      hirePageRegeneration = startHirePageRegeneration({ origin: loopbackOrigin(address), distDir, connectionString: settings.directDatabaseUrl });
    }
  });

  const exit = () => void Promise.resolve(stopTracing?.()).finally(() => process.exit(0));
  const close = () => {
    server.close();
    server.closeIdleConnections();
    void Promise.all([hirePageRegeneration?.stop(), app.close()]).finally(exit);
    // Open event streams hold connections, and a collector may not answer; don't wait on them forever.
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  const stop = () => {
    // Unready first: the load balancer sees 503 on /api/ready and moves traffic away while we still serve.
    markShuttingDown();
    setTimeout(close, settings.SHUTDOWN_DRAIN_MS);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

/** Where this process reaches its own server: a wildcard address is reached through the loopback interface. */
function loopbackOrigin({ address, port }: AddressInfo) {
  const host = address === "0.0.0.0" ? "127.0.0.1" : address === "::" ? "::1" : address;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
