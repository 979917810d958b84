import { bodyMutations, nulProbes } from "./body-cases";
import { branchesOf, type Components, type ExampleOptions, exampleOf, type JsonSchema, mayAccept, resolveSchema } from "./json-schema";
import { type Random, seededRandom, shuffled } from "./prng";
import { PATH_SEGMENTS, type QueryParameter, queryMutations } from "./query-cases";
import { INVALID_UTF8_BYTES, INVALID_UTF8_MARKER, type RequestMutation, requestMutations } from "./request-cases";
import { webhookMutations } from "./webhook-cases";

// A pure generator of malformed requests for every operation of the served OpenAPI document. It only
// emits requests that must be refused: a mutation the schema might still accept is either aimed at ids
// that exist nowhere (operations with path ids) or given one more field of the wrong type ("poison").
// The one exception is the NUL probes (body-cases.ts): valid bodies but for a U+0000, sent as they are.

export type Role = "CLIENT" | "EXPERT" | "ADMIN";
export type Operation = {
  key: string;
  method: string;
  path: string;
  access: "public" | "user" | Role[];
  body?: JsonSchema;
  /** Takes raw bytes (a file upload), not JSON: a JSON body is only bytes to it. */
  isRawBody: boolean;
  query: QueryParameter[];
  pathParameters: string[];
};

export type Caller = "operation" | "anonymous" | "forged-session" | "wrong-role";
/** client-error: a 4xx in the error shape. not-server-error: a read the schema may accept (2xx allowed). bad-request: exactly 400. forbidden: exactly 403. */
export type Expectation = "client-error" | "not-server-error" | "bad-request" | "forbidden";
/** owned: ids the caller owns; missing: ids that exist nowhere; otherwise one parameter replaced by a raw segment. */
export type PathIds = "owned" | "missing" | { name: string; segment: string };

export type MalformedCase = {
  id: number;
  operation: string;
  method: string;
  path: string;
  ids: PathIds;
  query?: string;
  body?: string | Uint8Array;
  /** With a body: undefined means application/json, null means no Content-Type header. */
  contentType?: string | null;
  headers?: Record<string, string>;
  caller: Caller;
  expect: Expectation;
  kind: string;
  detail: string;
};

type Draft = Omit<MalformedCase, "id" | "operation" | "method" | "path">;

type OpenApiOperation = {
  "x-roles"?: "user" | Role | Role[];
  parameters?: { name: string; in: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
};
export type OpenApiDocument = { paths: Record<string, Record<string, OpenApiOperation>>; components?: { schemas?: Components } };

export type GenerateOptions = { seed: number; futureDate?: string; nowSeconds?: number; webhookCases?: number };

const accessOf = (roles: OpenApiOperation["x-roles"]): Operation["access"] => (roles === undefined ? "public" : roles === "user" ? "user" : [roles].flat());

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      key: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      access: accessOf(operation["x-roles"]),
      body: operation.requestBody?.content["application/json"]?.schema,
      isRawBody: operation.requestBody !== undefined && operation.requestBody.content["application/json"] === undefined,
      query: (operation.parameters ?? [])
        .filter((parameter) => parameter.in === "query")
        .map(({ name, required, schema }) => ({ name, required: required ?? false, schema })),
      pathParameters: (operation.parameters ?? []).filter((parameter) => parameter.in === "path").map((parameter) => parameter.name),
    })),
  );
}

/** JSON.parse as the route sees the body: request.text() decodes UTF-8 and drops a leading byte order mark. */
export function parsedLikeTheServer(text: string): unknown {
  return JSON.parse(text.startsWith("\ufeff") ? text.slice(1) : text);
}

const POISONS: unknown[] = [[["poison"]], { poison: [1] }, -12345.5];

/** The text with one more top-level field of the wrong type, so that no branch of the schema accepts it. */
function poisoned(schema: JsonSchema, text: string, components: Components, field?: string): string | undefined {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith("}")) return undefined;
  const branches = branchesOf(schema, components);
  const properties = branches.flatMap((branch) => Object.entries(resolveSchema(branch, components).properties ?? {}));
  const keys = [...new Set([...properties.filter(([, property]) => property.const === undefined), ...properties].map(([key]) => key))].filter(
    (key) => key !== field,
  );
  const isEmpty = /^\{\s*\}$/.test(trimmed);
  for (const key of keys) {
    for (const value of POISONS) {
      const candidate = `${isEmpty ? "{" : `${trimmed.slice(0, -1)},`}${JSON.stringify(key)}:${JSON.stringify(value)}}`;
      if (!mayAccept(schema, parsedLikeTheServer(candidate), components)) return candidate;
    }
  }
  return undefined;
}

function withInvalidUtf8(text: string): Uint8Array {
  const [before, after] = text.split(INVALID_UTF8_MARKER);
  const encoder = new TextEncoder();
  return new Uint8Array([...encoder.encode(before), ...INVALID_UTF8_BYTES, ...encoder.encode(after)]);
}

/** Aims a JSON body the schema might accept where it cannot succeed, or drops it (undefined). */
function settled(operation: Operation, components: Components, mutation: RequestMutation & { field?: string }): Draft | undefined {
  const draft: Draft = {
    ids: "owned",
    caller: "operation",
    expect: "client-error",
    kind: mutation.kind,
    detail: mutation.detail,
    body: mutation.text,
    headers: mutation.headers,
  };
  const finish = (result: Draft) => ({ ...result, body: mutation.hasInvalidUtf8 ? withInvalidUtf8(result.body as string) : result.body });
  let parsed: unknown;
  try {
    parsed = parsedLikeTheServer(mutation.text);
  } catch {
    return finish(draft);
  }
  if (!mayAccept(operation.body!, parsed, components)) return finish(draft);
  if (operation.pathParameters.length) return finish({ ...draft, ids: "missing", detail: `${mutation.detail} (ids that exist nowhere)` });
  const text = poisoned(operation.body!, mutation.text, components, mutation.field);
  return text === undefined ? undefined : finish({ ...draft, body: text, detail: `${mutation.detail} (+ a wrong-type field)` });
}

function bodyDrafts(operation: Operation, options: ExampleOptions, random: Random, validText: string) {
  const drafts: Draft[] = [];
  let skipped = 0;
  for (const mutation of [...bodyMutations(operation.body!, options, random), ...requestMutations(validText)]) {
    if ("contentType" in mutation && mutation.contentType !== undefined) {
      drafts.push({
        ids: "owned",
        caller: "operation",
        expect: "client-error",
        kind: mutation.kind,
        detail: mutation.detail,
        body: mutation.text,
        contentType: mutation.contentType,
      });
      continue;
    }
    const draft = settled(operation, options.components, mutation);
    if (draft) drafts.push(draft);
    else skipped++;
  }
  for (const probe of nulProbes(operation.body!, options)) {
    drafts.push({ ids: "owned", caller: "operation", expect: "client-error", kind: probe.kind, detail: probe.detail, body: probe.text });
  }
  return { drafts, skipped };
}

function pathDrafts(operation: Operation, validText: string | undefined): Draft[] {
  return operation.pathParameters.flatMap((name) =>
    PATH_SEGMENTS.map(
      (segment): Draft => ({
        ids: { name, segment },
        body: validText,
        caller: "operation",
        expect: "client-error",
        kind: "path.malformed-id",
        detail: `{${name}} = ${segment.slice(0, 60)}`,
      }),
    ),
  );
}

function authDrafts(operation: Operation, validText: string | undefined): Draft[] {
  if (operation.access === "public") return [];
  const base = { ids: "owned" as const, body: validText, expect: "client-error" as const };
  const drafts: Draft[] = [
    { ...base, caller: "anonymous", kind: "auth.signed-out", detail: "no session cookie" },
    { ...base, caller: "forged-session", kind: "auth.forged-session", detail: "a session cookie that is not a JWT of ours" },
  ];
  if (validText !== undefined) drafts.push({ ...base, body: "{", caller: "anonymous", kind: "auth.signed-out", detail: "no session cookie, invalid JSON" });
  if (Array.isArray(operation.access))
    drafts.push({ ...base, caller: "wrong-role", kind: "auth.wrong-role", detail: "signed in with a role the operation refuses" });
  return drafts;
}

function webhookDrafts(options: Required<GenerateOptions>, random: Random): Draft[] {
  return webhookMutations(options.nowSeconds, random, options.webhookCases).map(
    (mutation): Draft => ({
      ids: "owned",
      body: mutation.body,
      contentType: mutation.contentType,
      headers: mutation.signature === null ? {} : { "stripe-signature": mutation.signature },
      caller: "anonymous",
      expect: "bad-request",
      kind: mutation.kind,
      detail: mutation.detail,
    }),
  );
}

export function generateCases(document: OpenApiDocument, generateOptions: GenerateOptions) {
  const options: Required<GenerateOptions> = { futureDate: "2026-09-01T10:00:00.000Z", nowSeconds: 1_780_000_000, webhookCases: 300, ...generateOptions };
  const random = seededRandom(options.seed);
  const exampleOptions: ExampleOptions = { components: document.components?.schemas ?? {}, futureDate: options.futureDate };
  const cases: Omit<MalformedCase, "id">[] = [];
  const countsByOperation: Record<string, number> = {};
  let skipped = 0;
  for (const operation of operationsOf(document)) {
    const validText = operation.body ? JSON.stringify(exampleOf(branchesOf(operation.body, exampleOptions.components)[0], exampleOptions)) : undefined;
    const drafts: Draft[] = [];
    if (operation.path === "/api/webhooks/stripe") drafts.push(...webhookDrafts(options, random));
    if (operation.body && validText !== undefined) {
      const body = bodyDrafts(operation, exampleOptions, random, validText);
      drafts.push(...body.drafts);
      skipped += body.skipped;
    }
    for (const mutation of operation.query.length ? queryMutations(operation.query, exampleOptions, random) : []) {
      drafts.push({
        ids: "owned",
        query: mutation.query,
        caller: "operation",
        expect: mutation.isMaybeValid ? "not-server-error" : "client-error",
        kind: mutation.kind,
        detail: mutation.detail,
      });
    }
    drafts.push(...pathDrafts(operation, validText), ...authDrafts(operation, validText));
    countsByOperation[operation.key] = drafts.length;
    cases.push(...drafts.map((draft) => ({ operation: operation.key, method: operation.method, path: operation.path, ...draft })));
  }
  return {
    cases: shuffled(cases, random).map((item, index): MalformedCase => ({ id: index, ...item })),
    countsByOperation,
    skipped,
  };
}
