import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/endpoints/openapi";
import { API_OPERATIONS } from "@/lib/endpoints/operation-list";

const API_DIR = path.resolve(__dirname, "../../app/api");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** Every declared operation, and every exported HTTP method of every route handler under app/api except next-auth's own. */
function discoveredOperations() {
  const declared = API_OPERATIONS.map((operation) => `${operation.method.toLowerCase()} ${operation.path}`);
  const routeHandlers = routeFiles(API_DIR)
    .filter((file) => !file.includes(`${path.sep}auth${path.sep}`))
    .flatMap((file) => {
      const urlPath = `/api/${path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}");
      const source = readFileSync(file, "utf8");
      const methods = [...source.matchAll(/export (?:const|(?:async )?function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map(([, method]) => method.toLowerCase());
      return methods.map((method) => `${method} ${urlPath}`);
    });
  return [...declared, ...routeHandlers].sort();
}

describe("OpenAPI document", () => {
  const document = buildOpenApiDocument();

  it("is OpenAPI 3.1 with the shared error schema", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.components.schemas.Error).toMatchObject({ type: "object", required: ["error"] });
  });

  it("documents every declared operation and route handler, and nothing that does not exist", () => {
    const documented = Object.entries(document.paths)
      .flatMap(([urlPath, methods]) => Object.keys(methods).map((method) => `${method} ${urlPath}`))
      .sort();
    expect(discoveredOperations().length).toBeGreaterThan(0);
    expect(documented).toEqual(discoveredOperations());
  });

  it("describes the sign-up body from the same zod schema the handler parses", () => {
    const body = document.paths["/api/v1/accounts"].post as { requestBody: { content: { "application/json": { schema: { oneOf: unknown[] } } } } };
    const variants = body.requestBody.content["application/json"].schema.oneOf;
    expect(variants).toHaveLength(2);
    expect(variants[0]).toMatchObject({ properties: { password: { minLength: 10 } } });
  });

  it("marks non-public operations as needing a session and answering 401", () => {
    const me = document.paths["/api/v1/me"].get as { security: unknown; responses: Record<string, unknown> };
    expect(me.security).toEqual([{ session: [] }]);
    expect(me.responses["401"]).toBeDefined();
  });
});
