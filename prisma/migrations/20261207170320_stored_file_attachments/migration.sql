-- AlterTable
ALTER TABLE "stored_files" ADD COLUMN     "messageId" TEXT,
ADD COLUMN     "milestoneSubmissionId" TEXT,
ADD COLUMN     "requestId" TEXT;

-- CreateIndex
CREATE INDEX "stored_files_messageId_idx" ON "stored_files"("messageId");

-- CreateIndex
CREATE INDEX "stored_files_milestoneSubmissionId_idx" ON "stored_files"("milestoneSubmissionId");

-- CreateIndex
CREATE INDEX "stored_files_requestId_idx" ON "stored_files"("requestId");

-- AddForeignKey
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "messages"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_milestoneSubmissionId_fkey" FOREIGN KEY ("milestoneSubmissionId") REFERENCES "milestone_submissions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "hiring_requests"("id") ON DELETE SET NULL ON UPDATE CASCADE;

