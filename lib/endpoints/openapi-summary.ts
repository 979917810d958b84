import { buildOpenApiDocument } from "./openapi";
import { API_OPERATIONS } from "./operation-list";

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  $ref?: string;
};

export type OperationDoc = {
  method: string;
  path: string;
  summary: string;
  roles: string;
  isSessionOnly: boolean;
  requestSchema?: JsonSchema;
  parameters: { name: string; in: string; required: boolean }[];
  responses: { status: string; description: string; schema?: JsonSchema }[];
};

type RawOperation = {
  summary: string;
  "x-roles"?: string;
  "x-session-only"?: boolean;
  parameters: { name: string; in: string; required: boolean }[];
  // Raw bodies (the Stripe webhook, one-click unsubscribe) may be documented under another media type.
  requestBody?: { content: { "application/json"?: { schema: JsonSchema } } };
  responses: Record<string, { description: string; content?: { "application/json": { schema: JsonSchema } } }>;
};

/** The OpenAPI document flattened for the readable /docs/api page, with named schemas resolved. */
export function summarizeOpenApi() {
  const document = buildOpenApiDocument(API_OPERATIONS);
  const named = document.components.schemas as Record<string, JsonSchema>;
  const resolve = (schema?: JsonSchema) => (schema?.$ref ? named[schema.$ref.split("/").at(-1) ?? ""] : schema);
  const operations: OperationDoc[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(methods as Record<string, RawOperation>)) {
      operations.push({
        method: method.toUpperCase(),
        path,
        summary: raw.summary,
        roles: raw["x-roles"] ? (raw["x-roles"] === "user" ? "any signed-in user" : raw["x-roles"]) : "anyone",
        isSessionOnly: raw["x-session-only"] === true,
        parameters: raw.parameters,
        requestSchema: resolve(raw.requestBody?.content["application/json"]?.schema),
        responses: Object.entries(raw.responses).map(([status, response]) => ({
          status,
          description: response.description,
          schema: resolve(response.content?.["application/json"].schema),
        })),
      });
    }
  }
  return { title: document.info.title, description: document.info.description, operations };
}
