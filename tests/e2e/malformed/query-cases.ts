import { type Components, type ExampleOptions, exampleOf, type JsonSchema, mayAccept, resolveSchema, typesOf } from "./json-schema";
import type { Random } from "./prng";
import { HOSTILE_TEXT, randomNastyString, UNICODE_EDGE_CASES } from "./values";

// Query-string and path-segment mutations. Values are written already percent-encoded, so a case can
// also carry encodings no browser would produce.

export type QueryParameter = { name: string; required: boolean; schema: JsonSchema };
export type QueryMutation = { kind: string; detail: string; query: string; isMaybeValid: boolean };

/** encodeURIComponent, except that a lone surrogate is written as its (invalid) three UTF-8-style bytes. */
export function percentEncode(text: string): string {
  let encoded = "";
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const isHigh = code >= 0xd800 && code <= 0xdbff;
    const next = text.charCodeAt(index + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      encoded += encodeURIComponent(text.slice(index, index + 2));
      index++;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      encoded += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join("");
    } else {
      encoded += encodeURIComponent(text[index]);
    }
  }
  return encoded;
}

const RAW_ENCODINGS = ["%", "%zz", "%E0%A4%A", "%ED%A0%80", "%C0%80", "%FF%FE", "%00", "%u0041", "a%00b", "%2500", "+", "%2B1"];
const NUMBER_TEXTS = [
  "-1",
  "0",
  "1.5",
  "1e308",
  "-1e308",
  "9007199254740993",
  "-9007199254740993",
  "NaN",
  "Infinity",
  "-Infinity",
  "0x10",
  "1e2",
  " 5 ",
  "+5",
  "05",
  "1_000",
  "",
  "0.0000001",
  "\u0663",
  "\uff15",
];
const WRONG_TYPE_TEXTS = ["abc", "true", "false", "null", "undefined", "[]", "{}", "[object Object]"];

/** What the route sees: URLSearchParams, the last value of a repeated key winning (lib/api/route.ts). */
function queryObject(query: string): Record<string, string> {
  const object: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(query)) object[key] = value;
  return object;
}

/**
 * Whether the handler's zod schema may accept the query: numbers are coerced with Number(), blanks may
 * count as absent, strings may be trimmed first, unknown keys may be stripped.
 */
export function queryMayBeValid(parameters: QueryParameter[], query: string, components: Components): boolean {
  const values = queryObject(query);
  for (const parameter of parameters) {
    const value = values[parameter.name];
    if (value === undefined) {
      if (parameter.required) return false;
      continue;
    }
    if (value === "" && !parameter.required) continue;
    const types = typesOf(parameter.schema, components);
    const isNumeric = types !== "any" && (types.has("integer") || types.has("number"));
    const candidates = isNumeric ? [Number(value)] : [value, value.trim()];
    if (!candidates.some((candidate) => mayAccept(parameter.schema, candidate, components))) return false;
  }
  return true;
}

function valueTextsFor(schema: JsonSchema, components: Components, random: Random): [string, string][] {
  const resolved = resolveSchema(schema, components);
  const texts: [string, string][] = [
    ...NUMBER_TEXTS.map((text): [string, string] => ["number-like", percentEncode(text)]),
    ...WRONG_TYPE_TEXTS.map((text): [string, string] => ["wrong-type", percentEncode(text)]),
    ...RAW_ENCODINGS.map((text): [string, string] => ["bad-encoding", text]),
    ...Object.values(UNICODE_EDGE_CASES).map((text): [string, string] => ["unicode", percentEncode(text.slice(0, 300))]),
    ...Object.values(HOSTILE_TEXT).map((text): [string, string] => ["hostile", percentEncode(text)]),
    ["huge", "a".repeat(65)],
    ["huge", "a".repeat(4096)],
    ["huge", percentEncode("\u{1d54f}".repeat(300))],
    ["random-unicode", percentEncode(randomNastyString(random))],
    ["random-unicode", percentEncode(randomNastyString(random))],
  ];
  if (resolved.minimum !== undefined) texts.push(["below-minimum", String(resolved.minimum - 1)]);
  if (resolved.maximum !== undefined) texts.push(["above-maximum", String(resolved.maximum + 1)]);
  if (resolved.enum) {
    const first = String(resolved.enum[0]);
    texts.push(
      ["enum", "UNKNOWN_VALUE"],
      ["enum", first.toLowerCase() === first ? first.toUpperCase() : first.toLowerCase()],
      ["enum", `${percentEncode(first)}%20`],
      ["enum", `${percentEncode(first)}%E2%80%8D`],
    );
  }
  return texts;
}

export function queryMutations(parameters: QueryParameter[], options: ExampleOptions, random: Random): QueryMutation[] {
  const { components } = options;
  const encodedExample = (parameter: QueryParameter) => percentEncode(String(exampleOf(parameter.schema, options, parameter.name)));
  const base = parameters.filter((parameter) => parameter.required).map((parameter) => `${parameter.name}=${encodedExample(parameter)}`);
  const withBase = (name: string | null, pairs: string[]) => [...base.filter((pair) => !name || !pair.startsWith(`${name}=`)), ...pairs].join("&");
  const raw: Omit<QueryMutation, "isMaybeValid">[] = [];
  for (const parameter of parameters) {
    const { name } = parameter;
    for (const [kind, text] of valueTextsFor(parameter.schema, components, random)) {
      raw.push({ kind: `query.${kind}`, detail: `${name}=${text.slice(0, 60)}`, query: withBase(name, [`${name}=${text}`]) });
    }
    const example = encodedExample(parameter);
    raw.push(
      { kind: "query.repeated-key", detail: `${name} bad then valid`, query: withBase(name, [`${name}=%00bad`, `${name}=${example}`]) },
      { kind: "query.repeated-key", detail: `${name} valid then bad`, query: withBase(name, [`${name}=${example}`, `${name}=-1e999`]) },
      {
        kind: "query.repeated-key",
        detail: `${name} x 500`,
        query: withBase(
          name,
          Array.from({ length: 500 }, (_, index) => `${name}=${index}`),
        ),
      },
      { kind: "query.array-syntax", detail: `${name}[]`, query: withBase(name, [`${name}[]=${example}`, `${name}[]=x`]) },
      { kind: "query.array-syntax", detail: `${name}[0]`, query: withBase(name, [`${name}[0]=${example}`]) },
      { kind: "query.key-only", detail: `${name} without =`, query: withBase(name, [name]) },
      { kind: "query.key-case", detail: `${name.toUpperCase()}`, query: withBase(name, [`${name.toUpperCase()}=abc`]) },
    );
    if (parameter.required) raw.push({ kind: "query.missing-required", detail: name, query: withBase(name, []) });
  }
  const everyParameterWrong = parameters.map((parameter) => `${parameter.name}=%00%ED%A0%80-1e999`);
  raw.push(
    { kind: "query.all-wrong", detail: "every parameter wrong at once", query: everyParameterWrong.join("&") },
    { kind: "query.unknown-key", detail: "unknownParam", query: withBase(null, ["unknownParam=1"]) },
    { kind: "query.unknown-key", detail: "__proto__", query: withBase(null, ["__proto__=1", "__proto__[isAdmin]=true"]) },
    { kind: "query.unknown-key", detail: "constructor", query: withBase(null, ["constructor=1", "hasOwnProperty=1"]) },
    { kind: "query.unknown-key", detail: "unicode key", query: withBase(null, [`${percentEncode("\u202elimit")}=1`, "%00=1"]) },
    {
      kind: "query.unknown-key",
      detail: "300 unknown keys",
      query: withBase(
        null,
        Array.from({ length: 300 }, (_, index) => `k${index}=${index}`),
      ),
    },
    { kind: "query.syntax", detail: "lone =", query: withBase(null, ["="]) },
    { kind: "query.syntax", detail: "&&&", query: withBase(null, ["&&"]) },
    { kind: "query.syntax", detail: "==&==", query: withBase(null, ["==", "=="]) },
    { kind: "query.syntax", detail: "bare %", query: withBase(null, ["%=%"]) },
    { kind: "query.syntax", detail: "6 KB of junk", query: withBase(null, [percentEncode("\u0000;&=?#".repeat(200))]) },
  );
  return raw.map((mutation) => ({ ...mutation, isMaybeValid: queryMayBeValid(parameters, mutation.query, components) }));
}

/** Path segments no real id can equal, already encoded for the URL. */
export const PATH_SEGMENTS: string[] = [
  "%00",
  "probe%00probe",
  "%2F",
  "..%2F..%2Fetc%2Fpasswd",
  "%20",
  "%09",
  "a".repeat(65),
  "a".repeat(8000),
  "'%20OR%20'1'%3D'1",
  "%F0%9F%92%A9",
  "%ED%A0%80",
  "%C0%80",
  "%FF%FE",
  "%",
  "%zz",
  "null",
  "undefined",
  "-1",
  "0",
  "1e308",
  "NaN",
  "%5Bobject%20Object%5D",
  "%E2%80%AEdi",
  "%E2%80%8D",
  "%EF%BB%BF",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "%0D%0AX-Injected:%201",
  "%F0%9D%95%8F",
  "__proto__",
  "constructor",
  "%7B%7D",
  "*",
  "seed_request_demo_chat%00",
  "SEED_REQUEST_DEMO_CHAT",
];
