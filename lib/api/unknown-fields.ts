import type { z } from "zod";
import { AppError } from "@/lib/errors";

// Top-level fields a body schema accepts, read from the schema itself (every branch of a union), so
// that a body with a field no branch takes is refused as malformed before a union complains instead
// about a missing discriminator.

type Def = { type: string; shape?: Record<string, unknown>; options?: z.ZodType[]; in?: z.ZodType; innerType?: z.ZodType; schema?: z.ZodType };

const cache = new WeakMap<z.ZodType, Set<string> | null>();

/** The field names, or null when the schema is not an object (or takes any field). */
function fieldNamesOf(schema: z.ZodType): Set<string> | null {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case "object":
      return new Set(Object.keys(def.shape ?? {}));
    case "union": {
      const names = new Set<string>();
      for (const option of def.options ?? []) {
        const optionNames = fieldNamesOf(option);
        if (!optionNames) return null;
        for (const name of optionNames) names.add(name);
      }
      return names;
    }
    case "pipe":
      return def.in ? fieldNamesOf(def.in) : null;
    case "optional":
    case "nullable":
    case "default":
    case "readonly":
      return def.innerType ? fieldNamesOf(def.innerType) : null;
    default:
      return null;
  }
}

export function assertNoUnknownFields(schema: z.ZodType, body: unknown, what: string) {
  if (!body || typeof body !== "object" || Array.isArray(body)) return;
  if (!cache.has(schema)) cache.set(schema, fieldNamesOf(schema));
  const known = cache.get(schema);
  if (!known) return;
  const unknown = Object.keys(body).filter((key) => !known.has(key));
  if (!unknown.length) return;
  throw new AppError("BAD_REQUEST", `${what} has fields this operation does not take: ${unknown.join(", ")}. Remove them and try again.`, {
    fields: Object.fromEntries(unknown.map((key) => [key, ["This field is not part of this operation."]])),
  });
}
