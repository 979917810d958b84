import { type AnyOperation, defineOperation } from "@/lib/api/operation";
import { buildOpenApiDocument } from "./openapi";

// The document describes every served operation, itself included; the list passes itself in, so
// that neither file imports the other's importer.

export const getOpenApiDocumentOperation = (served: () => readonly AnyOperation[]) =>
  defineOperation({
    method: "GET",
    path: "/api/v1/openapi.json",
    summary: "This OpenAPI 3.1 document",
    tag: "System",
    access: "public",
    output: { status: 200, description: "The OpenAPI document." },
    handler: async () => buildOpenApiDocument(served()),
  });
