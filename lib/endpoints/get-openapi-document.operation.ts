import { defineOperation } from "@/lib/api/operation";
import { buildOpenApiDocument } from "./openapi";

// The document lists this operation too: the list, the document and this declaration refer to each
// other within lib/endpoints, and only at call time.

export const getOpenApiDocumentOperation = defineOperation({
  method: "GET",
  path: "/api/v1/openapi.json",
  summary: "This OpenAPI 3.1 document",
  tag: "System",
  access: "public",
  output: { status: 200, description: "The OpenAPI document." },
  handler: async () => buildOpenApiDocument(),
});
