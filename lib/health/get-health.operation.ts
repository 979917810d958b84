import { defineOperation } from "@/lib/api/operation";
import { json } from "@/lib/api/respond";
import { now } from "@/lib/clock";
import { readHealth } from "./read-health";
import { healthSchema } from "./schemas";

export const getHealthOperation = defineOperation({
  method: "GET",
  path: "/api/health",
  summary: "Health: the database, the job worker's heartbeat, the job queue's lag and file storage",
  tag: "System",
  access: "public",
  output: { status: 200, description: "The app and its database answer (a stopped worker shows as degraded).", schema: healthSchema },
  errors: [503],
  handler: async ({ requestId }) => {
    const health = await readHealth(now());
    return health.db === "ok" ? health : json(health, requestId, { status: 503 });
  },
});
