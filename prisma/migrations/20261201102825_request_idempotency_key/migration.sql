-- AlterTable
ALTER TABLE "hiring_requests" ADD COLUMN     "idempotencyKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "hiring_requests_createdById_idempotencyKey_key" ON "hiring_requests"("createdById", "idempotencyKey");

