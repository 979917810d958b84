import { defineOperation } from "@/lib/api/operation";
import { json } from "@/lib/api/respond";
import { healthSchema } from "@/lib/api/schemas";
import { isDatabaseReachable } from "./health";

export const getHealthOperation = defineOperation({
  method: "GET",
  path: "/api/health",
  summary: "Liveness and database reachability",
  tag: "System",
  access: "public",
  output: { status: 200, description: "The app and its database answer.", schema: healthSchema },
  errors: [503],
  handler: async ({ requestId }) =>
    (await isDatabaseReachable()) ? ({ status: "ok", db: "ok" } as const) : json({ status: "degraded", db: "unreachable" }, requestId, { status: 503 }),
});
