import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

const DAY_MS = 86_400_000;
const BATCH_SIZE = 1_000;
const MAX_BATCHES = 10;

/**
 * Deletes completed jobs older than the retention period, oldest first, in short batches (each its own
 * statement, so no long lock and no huge transaction), at most `maxBatches` per run: a backlog is
 * worked off over the next runs. Failed jobs are never deleted here. SKIP LOCKED leaves rows another
 * pruner holds, so two at once never wait on each other or delete a row twice.
 */
export async function pruneCompletedJobs(options: { now: Date; retentionDays: number; batchSize?: number; maxBatches?: number }) {
  const cutoff = new Date(options.now.getTime() - options.retentionDays * DAY_MS);
  const batchSize = options.batchSize ?? BATCH_SIZE;
  let deleted = 0;
  for (let batch = 0; batch < (options.maxBatches ?? MAX_BATCHES); batch++) {
    const count = await db.$executeRaw(Prisma.sql`
      DELETE FROM jobs WHERE id IN (
        SELECT id FROM jobs WHERE status = 'COMPLETED' AND "doneAt" < ${cutoff}
        ORDER BY "doneAt" LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED
      )`);
    deleted += count;
    if (count < batchSize) return { deleted, mayHaveMore: false };
  }
  return { deleted, mayHaveMore: true };
}
