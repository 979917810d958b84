import { z } from "zod";

export const healthSchema = z
  .object({
    status: z.enum(["ok", "degraded", "down"]).meta({ description: "down (503): the database is unreachable; degraded (200): no worker beat within 60 s" }),
    db: z.enum(["ok", "unreachable"]),
    worker: z.object({
      status: z.enum(["ok", "stale", "none", "unknown"]).meta({ description: "ok: a worker beat within 60 s; stale: beats stopped; none: no worker ever ran" }),
      lastBeatAt: z.iso.datetime().nullable(),
    }),
    queue: z.object({
      oldestDueJobAgeMs: z.number().int().nonnegative().nullable().meta({ description: "How long the oldest job waiting to run has waited" }),
    }),
    storage: z.object({
      driver: z.enum(["disk", "s3"]),
      warning: z.string().nullable().meta({ description: "Set in production on the disk driver: files stay on this machine" }),
    }),
  })
  .meta({ id: "Health" });

export const readinessSchema = z.object({ status: z.enum(["ready", "shutting down", "database unreachable"]) }).meta({ id: "Readiness" });
