import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { AnyOperation } from "@/lib/api/operation";
import { apiListener } from "@/lib/endpoints/node-listener";
import { API_OPERATIONS } from "@/lib/endpoints/operation-list";
import { createApiRouter } from "@/lib/endpoints/router";
import { env } from "@/lib/env";
import { believedForwardedFor } from "@/lib/forwarded-for";
import { sessionCookieName } from "@/lib/sessions/cookies";
import { sessionJwt } from "@/lib/sessions/session-token";
import type { SessionUser } from "@/lib/sessions/session-user";

// The API router over real HTTP, served the way scripts/server.ts serves it (X-Forwarded-For rewritten
// first, then @hono/node-server), without Next: for tests of what only the wire shows — streaming,
// a client going away, the caller's address.

export type ApiServer = { url: string; close: () => Promise<void> };

export async function startApiServer(operations: readonly AnyOperation[] = API_OPERATIONS): Promise<ApiServer> {
  const serveApi = apiListener(createApiRouter(operations));
  const server = createServer((request, response) => {
    request.headers["x-forwarded-for"] = believedForwardedFor(request.headers["x-forwarded-for"], request.socket.remoteAddress, env().TRUSTED_PROXY_COUNT);
    serveApi(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A session cookie for this user, as signing in would set it. */
export async function sessionCookieFor(user: Pick<SessionUser, "id" | "role" | "email">) {
  const token = await sessionJwt.encode!({ token: { sub: user.id, role: user.role, email: user.email }, secret: env().NEXTAUTH_SECRET });
  return `${sessionCookieName()}=${token}`;
}
