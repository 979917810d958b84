-- AlterEnum
ALTER TYPE "PaymentStatus" ADD VALUE 'NEEDS_REVIEW';

-- AlterTable
ALTER TABLE "payments" ADD COLUMN     "receivedAmountCents" INTEGER,
ADD COLUMN     "receivedCurrency" CHAR(3),
ADD COLUMN     "reviewReason" TEXT;

-- CreateTable
CREATE TABLE "milestone_submissions" (
    "id" TEXT NOT NULL,
    "milestoneId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "links" JSONB NOT NULL DEFAULT '[]',
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "changesRequestedNote" TEXT,
    "changesRequestedById" TEXT,
    "changesRequestedAt" TIMESTAMP(3),

    CONSTRAINT "milestone_submissions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "milestone_submissions_milestoneId_round_key" ON "milestone_submissions"("milestoneId", "round");

-- CreateIndex
CREATE INDEX "payments_status_idx" ON "payments"("status");

-- AddForeignKey
ALTER TABLE "milestone_submissions" ADD CONSTRAINT "milestone_submissions_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "milestones"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone_submissions" ADD CONSTRAINT "milestone_submissions_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone_submissions" ADD CONSTRAINT "milestone_submissions_changesRequestedById_fkey" FOREIGN KEY ("changesRequestedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Backfill: the one submission each already-submitted milestone kept (earlier rounds were overwritten).
INSERT INTO "milestone_submissions" ("id", "milestoneId", "round", "note", "links", "submittedById", "submittedAt", "changesRequestedNote", "changesRequestedAt")
SELECT 'backfill-' || m."id", m."id", 1, m."submissionNote", m."submissionLinks", ep."userId", m."submittedAt",
       CASE WHEN m."status" = 'CHANGES_REQUESTED' THEN m."changesRequestedNote" END,
       CASE WHEN m."status" = 'CHANGES_REQUESTED' THEN m."updatedAt" END
FROM "milestones" m
JOIN "contracts" c ON c."id" = m."contractId"
JOIN "expert_profiles" ep ON ep."id" = c."expertProfileId"
WHERE m."submittedAt" IS NOT NULL AND m."submissionNote" IS NOT NULL;
