import { db } from "@/lib/db";
import { PERIODIC_JOB_KINDS } from "./kinds";
import { enqueueJobs } from "./queue";

// A periodic job is one row per kind, under a fixed dedupe key: however many workers start, there is
// one, the queue hands it to one worker at a time, and each run queues it again (kinds.ts says when).
// Workers make sure it exists when they start and every hour after, so an admin who discards it only
// pauses it until then.

const dedupeKeyOf = (kind: string) => `periodic:${kind}`;

/** Queues each periodic kind to run at `now`, unless its one job already exists (in any state). */
export async function ensurePeriodicJobs(now: Date) {
  await db.$transaction((tx) =>
    enqueueJobs(
      tx,
      PERIODIC_JOB_KINDS.map((kind) => ({ kind, payload: {}, runAt: now, dedupeKey: dedupeKeyOf(kind) })),
    ),
  );
}
