import { apiRoute } from "@/lib/api/route";
import { buildOpenApiDocument } from "@/lib/endpoints/openapi";

export const GET = apiRoute({ access: "public" }, async () => buildOpenApiDocument());
