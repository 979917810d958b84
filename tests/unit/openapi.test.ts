import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/endpoints/openapi";
import { summarizeOpenApi } from "@/lib/endpoints/openapi-summary";
import { API_OPERATIONS } from "@/lib/endpoints/operation-list";

const API_DIR = path.resolve(__dirname, "../../app/api");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** The route handlers under app/api besides next-auth's own: none, since every operation is declared once in lib/. */
function routeHandlersBesidesNextAuth() {
  return routeFiles(API_DIR).filter((file) => !file.includes(`${path.sep}auth${path.sep}[...nextauth]`));
}

describe("OpenAPI document", () => {
  const document = buildOpenApiDocument(API_OPERATIONS);

  it("is OpenAPI 3.1 with the shared error schema", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.components.schemas.Error).toMatchObject({ type: "object", required: ["error"] });
  });

  it("documents every declared operation, and nothing else", () => {
    const documented = Object.entries(document.paths)
      .flatMap(([urlPath, methods]) => Object.keys(methods).map((method) => `${method} ${urlPath}`))
      .sort();
    const declared = API_OPERATIONS.map((operation) => `${operation.method.toLowerCase()} ${operation.path}`).sort();
    expect(declared.length).toBeGreaterThan(50);
    expect(documented).toEqual(declared);
  });

  it("has no route handler under app/api besides next-auth's: an operation is declared once, in lib/", () => {
    expect(routeHandlersBesidesNextAuth().map((file) => path.relative(API_DIR, file))).toEqual([]);
  });

  it("documents the Stripe webhook's body as the raw bytes its signature covers", () => {
    const webhook = document.paths["/api/webhooks/stripe"].post as { requestBody: { content: Record<string, unknown> }; security?: unknown };
    expect(Object.keys(webhook.requestBody.content)).toEqual(["application/json"]);
    expect(webhook.security).toBeUndefined();
  });

  it("describes the sign-up body from the same zod schema the handler parses", () => {
    const body = document.paths["/api/v1/accounts"].post as { requestBody: { content: { "application/json": { schema: { oneOf: unknown[] } } } } };
    const variants = body.requestBody.content["application/json"].schema.oneOf;
    expect(variants).toHaveLength(2);
    expect(variants[0]).toMatchObject({ properties: { password: { minLength: 10 } } });
  });

  it("marks non-public operations as needing a session or an API token and answering 401", () => {
    const me = document.paths["/api/v1/me"].get as { security: unknown; responses: Record<string, unknown> };
    expect(me.security).toEqual([{ session: [] }, { bearer: [] }]);
    expect(me.responses["401"]).toBeDefined();
  });

  it("documents both ways in: the session cookie and a bearer API token", () => {
    expect(document.components.securitySchemes).toMatchObject({
      session: { type: "apiKey", in: "cookie" },
      bearer: { type: "http", scheme: "bearer" },
    });
  });

  it("lets only a session manage API tokens: a token cannot create or revoke tokens", () => {
    for (const [path, method] of [
      ["/api/v1/api-tokens", "get"],
      ["/api/v1/api-tokens", "post"],
      ["/api/v1/api-tokens/{id}", "delete"],
    ] as const) {
      const operation = document.paths[path][method] as { security: unknown };
      expect(operation.security, `${method} ${path}`).toEqual([{ session: [] }]);
    }
  });

  it("reads as the /docs/api page, raw bodies of any media type included", () => {
    const { operations } = summarizeOpenApi();
    const unsubscribe = operations.find((operation) => operation.method === "POST" && operation.path === "/api/v1/unsubscribe");
    expect(unsubscribe).toMatchObject({ roles: "anyone", requestSchema: undefined });
    expect(operations.find((operation) => operation.path === "/api/v1/api-tokens")?.isSessionOnly).toBe(true);
  });
});
