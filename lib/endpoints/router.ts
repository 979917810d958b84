import { Hono } from "hono";
import type { AnyOperation } from "@/lib/api/operation";
import { errorResponse, requestIdFrom } from "@/lib/api/respond";
import { runOperation } from "@/lib/api/run-operation";
import { AppError } from "@/lib/errors";

// The API's router: Hono, built from the list of operations. It routes and extracts path
// parameters; everything else an API call needs happens in runOperation.

/** "/api/v1/requests/{id}" → "/api/v1/requests/:id" */
export const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ":$1");

export function createApiRouter(operations: readonly AnyOperation[]) {
  const app = new Hono();
  for (const operation of operations) {
    app.on(operation.method, honoPath(operation.path), (context) => runOperation(operation, context.req.raw, context.req.param()));
  }
  // A path we serve, asked with a method it does not take: 405 naming the ones it does.
  for (const path of new Set(operations.map((operation) => operation.path))) {
    const allowed = operations
      .filter((operation) => operation.path === path)
      .map((operation) => operation.method)
      .join(", ");
    app.all(honoPath(path), (context) => {
      const response = errorResponse(new AppError("METHOD_NOT_ALLOWED", `This address takes ${allowed}.`), requestIdFrom(context.req.raw.headers));
      response.headers.set("allow", allowed);
      return response;
    });
  }
  return app;
}

/** Whether the router serves this request; anything else goes to Next. */
export function servesRequest(app: Hono, method: string, pathname: string) {
  const [handlers] = app.router.match(method === "HEAD" ? "GET" : method, pathname);
  return handlers.length > 0;
}
