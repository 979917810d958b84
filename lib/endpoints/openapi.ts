import { z } from "zod";
import type { AnyOperation } from "@/lib/api/operation";
import { errorBodySchema } from "@/lib/api/schemas";

// OpenAPI 3.1 from the zod schemas the handlers parse with, so the document cannot drift from the code.

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Malformed request (e.g. invalid JSON).",
  401: "Not signed in, or the API token is unknown, expired or revoked (the message says which).",
  403: "Signed in, but not allowed to do this.",
  404: "Not found (or not yours).",
  409: "Conflicts with the current state.",
  413: "The file is larger than the limit.",
  415: "The body must be application/json.",
  422: "Invalid fields; `fields` says what to fix.",
  429: "Too many requests; see Retry-After.",
  503: "A dependency is unavailable.",
};

type JsonSchema = Record<string, unknown>;

// Schemas named with `.meta({ id })` land in components.schemas and are referenced from there.
type NamedSchemas = Record<string, JsonSchema>;

function toSchema(schema: z.ZodType, io: "input" | "output", namedSchemas: NamedSchemas): JsonSchema {
  const converted = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
  const {
    $schema: _version,
    $defs,
    ...rest
  } = JSON.parse(JSON.stringify(converted).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  Object.assign(namedSchemas, $defs);
  return rest;
}

function queryParameters(schema: z.ZodType, namedSchemas: NamedSchemas) {
  const json = toSchema(schema, "input", namedSchemas) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: "path", required: true, schema: { type: "string" } }));
}

function requestBodyOf(operation: AnyOperation, namedSchemas: NamedSchemas) {
  const { body, rawBody } = operation.input ?? {};
  if (body) return { requestBody: { required: true, content: { "application/json": { schema: toSchema(body, "input", namedSchemas) } } } };
  if (rawBody) return { requestBody: { required: true, description: rawBody.description, content: { [rawBody.contentType]: { schema: {} } } } };
  return {};
}

function describeOperation(operation: AnyOperation, namedSchemas: NamedSchemas) {
  const { output, access } = operation;
  const responses: Record<string, unknown> = {
    [output.status]: {
      description: output.description,
      ...(output.schema && { content: { "application/json": { schema: toSchema(output.schema, "output", namedSchemas) } } }),
    },
  };
  const errors = new Set([...(operation.errors ?? []), ...(access === "public" ? [] : [401, 403])]);
  for (const status of [...errors].sort()) {
    responses[status] = {
      description: ERROR_DESCRIPTIONS[status] ?? "Error",
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  const method = operation.method.toLowerCase();
  // One role reads as that role, as the document has always said; several as the list.
  const roles = typeof access === "string" ? access : access.length === 1 ? access[0] : access;
  return {
    summary: operation.summary,
    tags: [operation.tag],
    operationId: `${method}${operation.path.replace(/[^A-Za-z0-9]+(\w)?/g, (_m, c: string | undefined) => (c ?? "").toUpperCase())}`,
    ...(access !== "public" && { security: operation.sessionOnly ? [{ session: [] }] : [{ session: [] }, { bearer: [] }], "x-roles": roles }),
    ...(operation.sessionOnly && { "x-session-only": true }),
    parameters: [
      ...pathParameters(operation.path),
      ...(operation.input?.query ? queryParameters(operation.input.query, namedSchemas) : []),
      ...(operation.headers ?? []).map(({ name, description }) => ({
        name,
        in: "header",
        required: false,
        description,
        schema: { type: "string", minLength: 8, maxLength: 255 },
      })),
    ],
    ...requestBodyOf(operation, namedSchemas),
    responses,
  };
}

export function buildOpenApiDocument(operations: readonly AnyOperation[]) {
  const namedSchemas: NamedSchemas = {};
  toSchema(errorBodySchema, "output", namedSchemas);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) {
    (paths[operation.path] ??= {})[operation.method.toLowerCase()] = describeOperation(operation, namedSchemas);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Vetted API",
      version: "1.0.0",
      description: 'Errors always have the shape `{ "error": { "code", "message", "fields"? } }`. Every response carries `x-request-id`.',
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: namedSchemas,
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The session cookie set by signing in. State-changing calls must come from Vetted's own pages (same origin).",
        },
        bearer: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "vtd_…",
          description:
            "A personal API token from Settings → API tokens: `Authorization: Bearer vtd_…`. The read scope allows GET only; the write scope everything your account may do. An unknown, expired or revoked token answers 401 saying which; repeated failures from one address answer 429.",
        },
      },
    },
  };
}
