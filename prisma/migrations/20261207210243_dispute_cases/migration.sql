-- CreateEnum
CREATE TYPE "DisputeCategory" AS ENUM ('NOT_DELIVERED', 'QUALITY', 'NOT_AS_AGREED', 'MISSED_DEADLINE', 'HOURS', 'OTHER');

-- CreateEnum
CREATE TYPE "DisputeSide" AS ENUM ('CLIENT', 'EXPERT');

-- CreateEnum
CREATE TYPE "DisputeEntryKind" AS ENUM ('OPENING', 'RESPONSE', 'EVIDENCE', 'REMINDER', 'DEADLINE_PASSED');

-- AlterEnum
ALTER TYPE "FilePurpose" ADD VALUE 'DISPUTE_EVIDENCE';

-- AlterTable
ALTER TABLE "disputes" ADD COLUMN     "category" "DisputeCategory",
ADD COLUMN     "openerSide" "DisputeSide",
ADD COLUMN     "readyForDecisionAt" TIMESTAMP(3),
ADD COLUMN     "respondedAt" TIMESTAMP(3),
ADD COLUMN     "responseDueAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "stored_files" ADD COLUMN     "disputeEntryId" TEXT;

-- CreateTable
CREATE TABLE "dispute_entries" (
    "id" TEXT NOT NULL,
    "disputeId" TEXT NOT NULL,
    "kind" "DisputeEntryKind" NOT NULL,
    "side" "DisputeSide",
    "authorId" TEXT,
    "text" TEXT NOT NULL DEFAULT '',
    "links" TEXT[],
    "timerKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dispute_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "dispute_entries_disputeId_createdAt_idx" ON "dispute_entries"("disputeId", "createdAt");

-- CreateIndex
CREATE INDEX "dispute_entries_authorId_idx" ON "dispute_entries"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "dispute_entries_disputeId_timerKey_key" ON "dispute_entries"("disputeId", "timerKey");

-- CreateIndex
CREATE INDEX "stored_files_disputeEntryId_idx" ON "stored_files"("disputeEntryId");

-- AddForeignKey
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_disputeEntryId_fkey" FOREIGN KEY ("disputeEntryId") REFERENCES "dispute_entries"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dispute_entries" ADD CONSTRAINT "dispute_entries_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "disputes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dispute_entries" ADD CONSTRAINT "dispute_entries_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

