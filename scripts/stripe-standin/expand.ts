import { z } from "zod";
import { parseParams } from "./params";
import { invalidRequest } from "./stripe-error";

const MAX_DEPTH = 4;

const expandSchema = z.array(z.string({ error: "must be a list of strings" }), { error: "must be a list" }).optional();

// Checked before the endpoint runs, so a bad `expand` never fails a request whose work is already done.
export function parseExpandPaths(value: unknown): string[][] {
  const paths = parseParams(z.object({ expand: expandSchema }), { expand: value }).expand ?? [];
  return paths.map((path) => {
    const segments = path.split(".");
    if (segments.length > MAX_DEPTH || segments.some((segment) => segment === "")) {
      throw invalidRequest(`Invalid expand path: '${path}'. Paths have up to ${MAX_DEPTH} dot-separated properties.`, {
        param: "expand",
        isValidation: true,
      });
    }
    return segments;
  });
}

// Replaces ids with the objects they name, like Stripe's `expand[]`. Ids the stand-in does not
// keep (e.g. balance transactions) stay ids.
export function expandResponse(value: unknown, paths: string[][], findObject: (id: string) => object | undefined): unknown {
  if (paths.length === 0) return value;
  let result = structuredClone(value);
  for (const segments of paths) result = expandAt(result, segments, findObject);
  return result;
}

function expandAt(node: unknown, segments: string[], findObject: (id: string) => object | undefined): unknown {
  if (segments.length === 0) return node;
  if (Array.isArray(node)) return node.map((item) => expandAt(item, segments, findObject));
  if (!isRecord(node)) return node;
  const [field, ...rest] = segments;
  const child = node[field];
  const found = typeof child === "string" ? findObject(child) : undefined;
  node[field] = expandAt(found ? structuredClone(found) : child, rest, findObject);
  return node;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
