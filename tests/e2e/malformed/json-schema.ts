// The subset of JSON Schema (draft 2020-12) that z.toJSONSchema writes for our inputs: a permissive
// validator and a builder of one valid-looking example per schema.

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  enum?: unknown[];
  const?: unknown;
  examples?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  default?: unknown;
};

export type Components = Record<string, JsonSchema>;

export function resolveSchema(schema: JsonSchema, components: Components): JsonSchema {
  let current = schema;
  for (let depth = 0; current.$ref && depth < 32; depth++) {
    const resolved = components[current.$ref.replace("#/components/schemas/", "")];
    if (!resolved) throw new Error(`unresolvable ${current.$ref}`);
    current = resolved;
  }
  return current;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

const hasType: Record<string, (value: unknown) => boolean> = {
  string: (value) => typeof value === "string",
  number: (value) => typeof value === "number" && Number.isFinite(value),
  integer: (value) => Number.isInteger(value),
  boolean: (value) => typeof value === "boolean",
  null: (value) => value === null,
  array: Array.isArray,
  object: isPlainObject,
};

export function typesOf(schema: JsonSchema, components: Components): Set<string> | "any" {
  const resolved = resolveSchema(schema, components);
  const branches = resolved.anyOf ?? resolved.oneOf;
  if (branches) {
    const union = new Set<string>();
    for (const branch of branches) {
      const types = typesOf(branch, components);
      if (types === "any") return "any";
      for (const type of types) union.add(type);
    }
    return union;
  }
  if (resolved.type) return new Set([resolved.type].flat());
  if (resolved.const !== undefined) return new Set([resolved.const === null ? "null" : typeof resolved.const]);
  if (resolved.enum) return new Set(resolved.enum.map((value) => (value === null ? "null" : typeof value)));
  return "any";
}

const patterns = new Map<string, RegExp>();
const patternOf = (source: string) => patterns.get(source) ?? patterns.set(source, new RegExp(source)).get(source)!;

const sameJson = (left: unknown, right: unknown) => JSON.stringify(left) === JSON.stringify(right);

/**
 * Whether `value` may satisfy `schema`. Permissive wherever zod and JSON Schema could disagree (formats
 * are not checked, oneOf counts as anyOf, lengths are measured the lenient way), so `false` means the
 * zod schema behind it rejects the value too.
 */
export function mayAccept(schema: JsonSchema, value: unknown, components: Components): boolean {
  const resolved = resolveSchema(schema, components);
  if (resolved.anyOf && !resolved.anyOf.some((branch) => mayAccept(branch, value, components))) return false;
  if (resolved.oneOf && !resolved.oneOf.some((branch) => mayAccept(branch, value, components))) return false;
  if (resolved.allOf && !resolved.allOf.every((branch) => mayAccept(branch, value, components))) return false;
  if (resolved.const !== undefined && !sameJson(resolved.const, value)) return false;
  if (resolved.enum && !resolved.enum.some((option) => sameJson(option, value))) return false;
  if (resolved.type && ![resolved.type].flat().some((type) => hasType[type]?.(value))) return false;
  if (typeof value === "string") {
    if (resolved.minLength !== undefined && value.length < resolved.minLength) return false;
    if (resolved.maxLength !== undefined && [...value].length > resolved.maxLength) return false;
    if (resolved.pattern !== undefined && !patternOf(resolved.pattern).test(value)) return false;
  }
  if (typeof value === "number") {
    if (resolved.minimum !== undefined && value < resolved.minimum) return false;
    if (resolved.maximum !== undefined && value > resolved.maximum) return false;
    if (resolved.exclusiveMinimum !== undefined && value <= resolved.exclusiveMinimum) return false;
    if (resolved.exclusiveMaximum !== undefined && value >= resolved.exclusiveMaximum) return false;
  }
  if (Array.isArray(value)) {
    if (resolved.minItems !== undefined && value.length < resolved.minItems) return false;
    if (resolved.maxItems !== undefined && value.length > resolved.maxItems) return false;
    if (resolved.items && !value.every((item) => mayAccept(resolved.items!, item, components))) return false;
  }
  if (isPlainObject(value)) {
    if (resolved.required?.some((key) => !Object.hasOwn(value, key))) return false;
    for (const [key, item] of Object.entries(value)) {
      const property = resolved.properties?.[key];
      if (property) {
        if (!mayAccept(property, item, components)) return false;
      } else if (resolved.additionalProperties === false) {
        return false;
      } else if (isPlainObject(resolved.additionalProperties) && !mayAccept(resolved.additionalProperties, item, components)) {
        return false;
      }
    }
  }
  return true;
}

export type ExampleOptions = { components: Components; futureDate: string };

function exampleString(schema: JsonSchema, key: string, { futureDate }: ExampleOptions): string {
  if (schema.format === "uri") return "https://example.test/malformed-probe";
  if (schema.format === "uuid") return "6f1c1f8e-3f5e-4b7a-9c1d-2e3f4a5b6c7d";
  if (schema.format === "email") return "malformed-probe@example.test";
  if (schema.format === "date") return futureDate.slice(0, 10);
  if (schema.format === "date-time") return futureDate;
  if (/timezone/i.test(key)) return "Europe/Berlin";
  if (/email/i.test(key)) return "malformed-probe@example.test";
  const length = Math.min(schema.maxLength ?? 24, Math.max(schema.minLength ?? 1, 24));
  return "malformedprobe".repeat(Math.ceil(length / 14) + 1).slice(0, length);
}

function exampleNumber(schema: JsonSchema): number {
  let value = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? Math.floor(schema.exclusiveMinimum) + 1 : 1);
  if (schema.maximum !== undefined) value = Math.min(value, schema.maximum);
  return value;
}

/** One value the schema accepts (for unions: of the first branch); `key` steers strings named like dates or timezones. */
export function exampleOf(schema: JsonSchema, options: ExampleOptions, key = ""): unknown {
  const resolved = resolveSchema(schema, options.components);
  if (resolved.const !== undefined) return resolved.const;
  if (resolved.enum) return resolved.enum[0];
  // A schema with a pattern no generic string fits (a month, a code) names an accepted value itself.
  if (resolved.examples?.length) return resolved.examples[0];
  const branches = resolved.anyOf ?? resolved.oneOf;
  if (branches) return exampleOf(branches.find((branch) => branch.type !== "null") ?? branches[0], options, key);
  const type = [resolved.type ?? "any"].flat().find((candidate) => candidate !== "null") ?? "null";
  switch (type) {
    case "string":
      return exampleString(resolved, key, options);
    case "integer":
    case "number":
      return exampleNumber(resolved);
    case "boolean":
      return true;
    case "null":
      return null;
    case "array":
      return Array.from({ length: Math.max(resolved.minItems ?? 1, 1) }, () => exampleOf(resolved.items ?? {}, options, key));
    case "object":
      return Object.fromEntries(Object.entries(resolved.properties ?? {}).map(([name, property]) => [name, exampleOf(property, options, name)]));
    default:
      return /date|At$/.test(key) ? options.futureDate : "malformedprobe";
  }
}

/** The alternatives of a top-level union (flattening nested unions), or the schema itself. */
export function branchesOf(schema: JsonSchema, components: Components): JsonSchema[] {
  const resolved = resolveSchema(schema, components);
  const branches = resolved.oneOf ?? resolved.anyOf;
  if (!branches || branches.some((branch) => resolveSchema(branch, components).type !== "object" && !(branch.oneOf ?? branch.anyOf))) {
    return [resolved];
  }
  return branches.flatMap((branch) => branchesOf(branch, components));
}
