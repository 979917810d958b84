import { branchesOf, type ExampleOptions, exampleOf, type JsonSchema, resolveSchema, typesOf } from "./json-schema";
import type { Random } from "./prng";
import {
  HOSTILE_TEXT,
  JSON_TYPE_OF,
  KILOBYTES_10,
  MEGABYTES_1_2,
  NUMBERS,
  NUMERIC_LOOKING_STRINGS,
  randomNastyString,
  UNICODE_EDGE_CASES,
  WRONG_TYPE_VALUES,
} from "./values";

// Field-level mutations of a JSON body: every location of a valid example replaced, removed or padded.

/** `field`: the top-level key the mutation is under, which a poison must leave alone. */
export type BodyMutation = { kind: string; detail: string; text: string; field?: string };

type Path = (string | number)[];
type Replacement = { kind: string; label: string; value: unknown };

const pointer = (path: Path) => (path.length ? `/${path.join("/")}` : "(root)");

function withValueAt(root: unknown, path: Path, value: unknown): unknown {
  if (!path.length) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path[path.length - 1]] = value;
  return copy;
}

function withoutKeyAt(root: unknown, path: Path): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  delete parent[path[path.length - 1]];
  return copy;
}

function stringReplacements(schema: JsonSchema, value: unknown, depth: number, random: Random): Replacement[] {
  const replacements: Replacement[] = [
    { kind: "string.empty", label: '""', value: "" },
    { kind: "string.whitespace", label: "spaces", value: "   " },
    { kind: "string.whitespace", label: "tab/newlines", value: "\t\n\r " },
    { kind: "string.huge", label: "10 KB", value: KILOBYTES_10 },
    depth <= 1 ? { kind: "string.huge", label: "1.2 MB", value: MEGABYTES_1_2 } : { kind: "string.huge", label: "100 KB", value: "a".repeat(100 * 1024) },
  ];
  for (const [label, text] of Object.entries(UNICODE_EDGE_CASES)) {
    replacements.push({ kind: "string.unicode", label, value: text });
    if (typeof value === "string") replacements.push({ kind: "string.unicode-suffix", label: `valid + ${label}`, value: value + text });
  }
  for (const [label, text] of Object.entries(HOSTILE_TEXT)) replacements.push({ kind: "string.hostile", label, value: text });
  if (schema.minLength) replacements.push({ kind: "string.too-short", label: `${schema.minLength - 1} chars`, value: "a".repeat(schema.minLength - 1) });
  if (schema.maxLength !== undefined)
    replacements.push({ kind: "string.too-long", label: `${schema.maxLength + 1} chars`, value: "a".repeat(schema.maxLength + 1) });
  if (typeof value === "string" && (schema.enum || schema.const !== undefined)) {
    replacements.push(
      { kind: "enum.unknown", label: "UNKNOWN_VALUE", value: "UNKNOWN_VALUE" },
      { kind: "enum.unknown", label: "lower case", value: value.toLowerCase() === value ? value.toUpperCase() : value.toLowerCase() },
      { kind: "enum.unknown", label: "trailing space", value: `${value} ` },
      { kind: "enum.unknown", label: "zero-width joiner", value: `${value}\u200d` },
      { kind: "enum.unknown", label: "fullwidth", value: value.replace(/[A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) },
    );
  }
  if (schema.format === "uri") {
    for (const text of ["not a url", "javascript:alert(1)", "http://", "//example.test/x", "https://exa mple.test", "file:///etc/passwd"]) {
      replacements.push({ kind: "string.format", label: `uri ${JSON.stringify(text)}`, value: text });
    }
  }
  if (schema.format === "uuid") {
    for (const text of ["not-a-uuid", "6f1c1f8e3f5e4b7a9c1d2e3f4a5b6c7d", "{6f1c1f8e-3f5e-4b7a-9c1d-2e3f4a5b6c7d}", "6f1c1f8e-3f5e-4b7a-9c1d-2e3f4a5b6c7g"]) {
      replacements.push({ kind: "string.format", label: `uuid ${JSON.stringify(text)}`, value: text });
    }
  }
  for (let index = 0; index < 2; index++) replacements.push({ kind: "string.random-unicode", label: `random #${index}`, value: randomNastyString(random) });
  return replacements;
}

function numberReplacements(schema: JsonSchema, types: Set<string>): Replacement[] {
  const replacements: Replacement[] = Object.entries(NUMBERS).map(([label, value]) => ({ kind: "number.edge", label, value }));
  for (const text of NUMERIC_LOOKING_STRINGS) replacements.push({ kind: "number.as-string", label: JSON.stringify(text), value: text });
  if (schema.minimum !== undefined) replacements.push({ kind: "number.below-minimum", label: `${schema.minimum - 1}`, value: schema.minimum - 1 });
  if (schema.exclusiveMinimum !== undefined)
    replacements.push({ kind: "number.below-minimum", label: `${schema.exclusiveMinimum}`, value: schema.exclusiveMinimum });
  if (schema.maximum !== undefined) replacements.push({ kind: "number.above-maximum", label: `${schema.maximum + 1}`, value: schema.maximum + 1 });
  if (types.has("integer")) replacements.push({ kind: "number.fraction", label: "x.5", value: (schema.minimum ?? 1) + 0.5 });
  return replacements;
}

const DATE_LIKE_VALUES: unknown[] = ["not a date", "2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31T23:59:59Z", "", 0, -1, 8.64e15 + 1, 1e308, true];

function leafReplacements(schema: JsonSchema, value: unknown, depth: number, options: ExampleOptions, random: Random): Replacement[] {
  const types = typesOf(schema, options.components);
  const replacements: Replacement[] = [];
  if (types === "any") {
    return DATE_LIKE_VALUES.map((candidate) => ({ kind: "any.nonsense", label: JSON.stringify(candidate), value: candidate }));
  }
  const jsonTypes = new Set([...types].map((type) => JSON_TYPE_OF[type]));
  for (const [name, wrong] of Object.entries(WRONG_TYPE_VALUES)) {
    if (!jsonTypes.has(name)) replacements.push({ kind: "wrong-type", label: `${[...types].join("|")} → ${name}`, value: wrong });
  }
  if (types.has("string")) replacements.push(...stringReplacements(resolveSchema(schema, options.components), value, depth, random));
  if (types.has("integer") || types.has("number")) replacements.push(...numberReplacements(resolveSchema(schema, options.components), types));
  if (types.has("boolean")) {
    for (const candidate of ["true", "false", 1, 0, "yes"])
      replacements.push({ kind: "boolean.lookalike", label: JSON.stringify(candidate), value: candidate });
  }
  return replacements;
}

function* mutationsOf(
  schema: JsonSchema,
  value: unknown,
  path: Path,
  options: ExampleOptions,
  random: Random,
): Generator<{ kind: string; label: string; path: Path; root?: unknown; value?: unknown }> {
  const resolved = resolveSchema(schema, options.components);
  const types = typesOf(resolved, options.components);
  for (const replacement of leafReplacements(resolved, value, path.length, options, random)) yield { ...replacement, path };
  if (types !== "any" && types.has("array") && Array.isArray(value)) {
    const item = value[0] ?? exampleOf(resolved.items ?? {}, options);
    yield { kind: "array.empty", label: "[]", path, value: [] };
    yield { kind: "array.null-item", label: "[null]", path, value: [null] };
    yield { kind: "array.nested", label: "[[]]", path, value: [[]] };
    yield { kind: "array.huge", label: "10,000 items", path, value: Array.from({ length: 10_000 }, () => item) };
    if (resolved.maxItems !== undefined)
      yield { kind: "array.too-long", label: `${resolved.maxItems + 1} items`, path, value: Array.from({ length: resolved.maxItems + 1 }, () => item) };
    if (value.length) yield* mutationsOf(resolved.items ?? {}, value[0], [...path, 0], options, random);
  }
  if (types !== "any" && types.has("object") && value && typeof value === "object" && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    yield { kind: "object.empty", label: "{}", path, value: {} };
    yield { kind: "object.unknown-field", label: "unexpectedField", path, value: { ...object, unexpectedField: "probe" } };
    yield { kind: "object.unknown-field", label: "camel-case twin", path, value: { ...object, ID: "probe", Role: "ADMIN" } };
    for (const key of resolved.required ?? []) yield { kind: "object.missing-required", label: key, path: [...path, key], root: "remove" };
    for (const [key, property] of Object.entries(resolved.properties ?? {})) {
      if (key in object) yield* mutationsOf(property, object[key], [...path, key], options, random);
    }
  }
}

/** Every single-location mutation of each union branch's example, as JSON text, without duplicates. */
export function bodyMutations(schema: JsonSchema, options: ExampleOptions, random: Random): BodyMutation[] {
  const seen = new Set<string>();
  const mutations: BodyMutation[] = [];
  const add = (kind: string, detail: string, text: string, field?: string) => {
    if (seen.has(text)) return;
    seen.add(text);
    mutations.push({ kind: `body.${kind}`, detail, text, field });
  };
  for (const branch of branchesOf(schema, options.components)) {
    const base = exampleOf(branch, options);
    const valid = JSON.stringify(base);
    for (const mutation of mutationsOf(branch, base, [], options, random)) {
      const mutated = mutation.root === "remove" ? withoutKeyAt(base, mutation.path) : withValueAt(base, mutation.path, mutation.value);
      const field = typeof mutation.path[0] === "string" ? mutation.path[0] : undefined;
      add(mutation.kind, `${pointer(mutation.path)}: ${mutation.label}`, JSON.stringify(mutated), field);
    }
    if (valid.startsWith("{") && valid !== "{}") {
      add("object.prototype-key", "/__proto__ as an own key", `{"__proto__":{"role":"ADMIN","isAdmin":true},${valid.slice(1)}`);
      add("object.prototype-key", "/constructor/prototype", `{"constructor":{"prototype":{"isAdmin":true}},${valid.slice(1)}`);
      add(
        "object.duplicate-key",
        "first key repeated with a wrong type after it",
        `${valid.slice(0, -1)},${JSON.stringify(Object.keys(base as object)[0])}:[[[]]]}`,
      );
      add(
        "object.duplicate-key",
        "first key repeated with a wrong type before it",
        `{${JSON.stringify(Object.keys(base as object)[0])}:[[[]]],${valid.slice(1)}`,
      );
    }
  }
  return mutations;
}

// A password is hashed and never stored, so U+0000 in one is no storage problem (sign-up accepts it).
const isSecret = (path: Path) => path.some((key) => typeof key === "string" && /password/i.test(key));

function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === "string") return isSecret(path) ? [] : [path];
  if (Array.isArray(value)) return value.length ? stringPaths(value[0], [...path, 0]) : [];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

/**
 * Each string of each branch's example replaced by text with U+0000, which PostgreSQL cannot store.
 * The schemas accept these bodies, so they go unpoisoned to the caller's real ids: the API must refuse
 * them itself (a 4xx), neither fail in the database (a 5xx) nor store anything.
 */
export function nulProbes(schema: JsonSchema, options: ExampleOptions): BodyMutation[] {
  return branchesOf(schema, options.components).flatMap((branch) => {
    const base = exampleOf(branch, options);
    return stringPaths(base).map((path) => ({
      kind: "body.nul-probe",
      detail: `${pointer(path)}: "probe\\u0000probe" in an otherwise valid body`,
      text: JSON.stringify(withValueAt(base, path, "probe\u0000probe")),
    }));
  });
}
