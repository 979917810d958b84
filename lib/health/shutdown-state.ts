// Whether this instance is shutting down (SIGTERM in scripts/server.ts): /api/ready answers 503 from
// then on, so a load balancer stops sending traffic before the server stops taking connections. On
// globalThis: the server script and the router it loaded must see one flag.

const globalForShutdown = globalThis as unknown as { vettedShuttingDown?: boolean };

export function markShuttingDown() {
  globalForShutdown.vettedShuttingDown = true;
}

export const isShuttingDown = () => globalForShutdown.vettedShuttingDown === true;
