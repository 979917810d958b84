import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { APPLICATION_OPERATIONS } from "@/lib/vetting/operations-application";

const API_DIR = path.resolve(__dirname, "../../app/api");

function handlersUnder(relativeDir: string): string[] {
  const dir = path.join(API_DIR, relativeDir);
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts")
    .flatMap((file) => {
      const urlPath = `/api/${path.posix.join(relativeDir, path.dirname(file).split(path.sep).join("/"))}`.replace(/\/\.$/, "");
      const methods = [...readFileSync(path.join(dir, file), "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)];
      return methods.map(([, method]) => `${method.toLowerCase()} ${urlPath}`);
    });
}

describe("APPLICATION_OPERATIONS", () => {
  it("documents exactly the application and profile route handlers", () => {
    const handlers = [...handlersUnder("v1/application"), ...handlersUnder("v1/profile")].sort();
    expect(APPLICATION_OPERATIONS.map((operation) => `${operation.method} ${operation.path}`).sort()).toEqual(handlers);
  });

  it("has bodies and answers that convert to JSON Schema", () => {
    for (const operation of APPLICATION_OPERATIONS) {
      if (operation.body) expect(z.toJSONSchema(operation.body, { io: "input", unrepresentable: "any" })).toBeTruthy();
      expect(operation.success.schema).toBeDefined();
      if (operation.success.schema) expect(z.toJSONSchema(operation.success.schema, { io: "output", unrepresentable: "any" })).toBeTruthy();
    }
  });
});
