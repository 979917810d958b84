import type { IncomingMessage, ServerResponse } from "node:http";
import { getRequestListener } from "@hono/node-server";
import type { Hono } from "hono";

/** A declared body above this is refused without reading, and its connection is not kept. */
export const DISCARD_LIMIT_BYTES = 8_000_000;

/**
 * The API router as a node:http listener. A body the router refused without reading (a 401 before the
 * upload finished, a Content-Length over the limit) is read to its end and discarded by Node, so the
 * connection stays usable: @hono/node-server's own clean-up instead closes it when the rest takes
 * more than 500 ms to arrive, and a client that already sent its next request on that connection
 * sees it fail ("other side closed"). A declared body too large to be worth reading is answered with
 * `Connection: close`, so the client knows not to send anything after it. The global Request and
 * Response stay Node's own: Next, in the same process, uses them.
 */
export function apiListener(api: Hono) {
  const serve = getRequestListener(api.fetch, { overrideGlobalObjects: false, autoCleanupIncoming: false });
  return (request: IncomingMessage, response: ServerResponse) => {
    if (Number(request.headers["content-length"] ?? 0) > DISCARD_LIMIT_BYTES) response.setHeader("connection", "close");
    void serve(request, response);
  };
}
