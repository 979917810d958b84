-- AlterTable
ALTER TABLE "audit_log" ADD COLUMN     "companyId" TEXT;

-- CreateIndex
CREATE INDEX "audit_log_companyId_createdAt_idx" ON "audit_log"("companyId", "createdAt");

