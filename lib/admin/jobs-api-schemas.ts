import { z } from "zod";
import { JOB_STATES } from "@/lib/jobs/job-state";

// The jobs console's response shapes, for the OpenAPI document. Dates travel as ISO 8601 strings.

const timestamp = z.iso.datetime();
const count = z.number().int().min(0);
const counts = { scheduled: count, due: count, running: count, failed: count, completed: count };

export const failedJobSchema = z
  .object({
    id: z.string(),
    kind: z.string().meta({ example: "payments.settle-milestone" }),
    description: z.string().nullable().meta({ description: "What jobs of this kind do; null for a kind no longer declared." }),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    lastError: z.string().nullable(),
    payload: z.string().meta({ description: "The stored payload as indented JSON, cut short when long (see isPayloadTruncated)." }),
    isPayloadTruncated: z.boolean(),
    failedAt: timestamp,
    createdAt: timestamp,
  })
  .meta({ id: "FailedJob" });

export const jobsOverviewSchema = z
  .object({
    retentionDays: z.number().int().meta({ description: "Completed jobs are counted, and kept, this many days." }),
    kinds: z
      .array(z.object({ kind: z.string(), description: z.string().nullable(), ...counts }))
      .meta({ description: "Every kind, with how many of its jobs are scheduled, due, running (leased), failed and completed within retention." }),
    totals: z.object(counts),
    failed: z.object({ jobs: z.array(failedJobSchema), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() }),
  })
  .meta({ id: "JobsOverview" });

export const retriedJobSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    outcome: z
      .enum(["retried", "not-failed"])
      .meta({ description: "not-failed: nothing changed (retried already, e.g. by a second click); `state` says where the job is now." }),
    state: z.enum(JOB_STATES),
    runAt: timestamp,
    auditLogId: z.string().nullable().meta({ description: "The audit entry of this retry; null when nothing changed." }),
  })
  .meta({ id: "RetriedJob" });

export const discardedJobSchema = z
  .object({
    id: z.string(),
    kind: z.string().nullable(),
    outcome: z.enum(["discarded", "already-discarded"]).meta({ description: "already-discarded: an earlier call deleted it (e.g. a second click)." }),
    auditLogId: z.string().meta({ description: "The audit entry of the discard." }),
  })
  .meta({ id: "DiscardedJob" });
