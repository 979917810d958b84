import { defineOperation } from "@/lib/api/operation";
import { json } from "@/lib/api/respond";
import { isDatabaseReachable } from "./database";
import { readinessSchema } from "./schemas";
import { isShuttingDown } from "./shutdown-state";

export const getReadinessOperation = defineOperation({
  method: "GET",
  path: "/api/ready",
  summary: "Readiness, for load balancers: 200 while this instance can serve, 503 once it is shutting down or cannot reach the database",
  tag: "System",
  access: "public",
  output: { status: 200, description: "Send this instance traffic.", schema: readinessSchema },
  errors: [503],
  handler: async ({ requestId }) => {
    if (isShuttingDown()) return json({ status: "shutting down" }, requestId, { status: 503 });
    if (!(await isDatabaseReachable())) return json({ status: "database unreachable" }, requestId, { status: 503 });
    return { status: "ready" } as const;
  },
});
