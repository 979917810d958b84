-- CreateTable
CREATE TABLE "guest_request_drafts" (
    "id" TEXT NOT NULL,
    "fields" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "claimedAt" TIMESTAMP(3),
    "claimedByUserId" TEXT,
    "claimedRequestId" TEXT,

    CONSTRAINT "guest_request_drafts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "guest_request_drafts_claimedRequestId_key" ON "guest_request_drafts"("claimedRequestId");

-- CreateIndex
CREATE INDEX "guest_request_drafts_expiresAt_idx" ON "guest_request_drafts"("expiresAt");

-- AddForeignKey
ALTER TABLE "guest_request_drafts" ADD CONSTRAINT "guest_request_drafts_claimedByUserId_fkey" FOREIGN KEY ("claimedByUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "guest_request_drafts" ADD CONSTRAINT "guest_request_drafts_claimedRequestId_fkey" FOREIGN KEY ("claimedRequestId") REFERENCES "hiring_requests"("id") ON DELETE SET NULL ON UPDATE CASCADE;

