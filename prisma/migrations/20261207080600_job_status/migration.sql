-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('QUEUED', 'COMPLETED', 'FAILED');

-- DropIndex
DROP INDEX "jobs_doneAt_failedAt_runAt_idx";

-- AlterTable
ALTER TABLE "jobs" ADD COLUMN     "status" "JobStatus" NOT NULL DEFAULT 'QUEUED';

-- Backfill: the state doneAt and failedAt implied (completed wins if a row somehow had both). A job
-- that used up its attempts without being marked failed (its worker stopped during the last one, and
-- its lease is over) is failed now: workers no longer claim a job past its last attempt. Timestamps
-- are stored in UTC.
UPDATE "jobs" SET "status" = 'COMPLETED', "failedAt" = NULL WHERE "doneAt" IS NOT NULL;
UPDATE "jobs" SET "status" = 'FAILED' WHERE "doneAt" IS NULL AND "failedAt" IS NOT NULL;
UPDATE "jobs"
SET "status" = 'FAILED',
    "failedAt" = (CURRENT_TIMESTAMP AT TIME ZONE 'UTC'),
    "lockedBy" = NULL,
    "lockedUntil" = NULL,
    "lastError" = 'The worker running its last attempt stopped before it finished.' || coalesce(' Before that: ' || "lastError", '')
WHERE "doneAt" IS NULL AND "failedAt" IS NULL AND "attempts" >= "maxAttempts"
  AND ("lockedUntil" IS NULL OR "lockedUntil" < (CURRENT_TIMESTAMP AT TIME ZONE 'UTC'));

-- The status and the two timestamps never disagree.
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_status_matches_timestamps"
  CHECK ((("status" = 'COMPLETED') = ("doneAt" IS NOT NULL)) AND (("status" = 'FAILED') = ("failedAt" IS NOT NULL)));

-- CreateIndex
CREATE INDEX "jobs_status_runAt_idx" ON "jobs"("status", "runAt");

-- CreateIndex
CREATE INDEX "jobs_status_doneAt_idx" ON "jobs"("status", "doneAt");

