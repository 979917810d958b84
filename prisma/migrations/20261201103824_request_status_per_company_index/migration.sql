-- CreateIndex
CREATE INDEX "hiring_requests_companyId_status_idx" ON "hiring_requests"("companyId", "status");

