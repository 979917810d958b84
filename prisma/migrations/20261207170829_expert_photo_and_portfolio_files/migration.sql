-- AlterTable
ALTER TABLE "expert_profiles" ADD COLUMN     "photoFileId" TEXT;

-- AlterTable
ALTER TABLE "stored_files" ADD COLUMN     "portfolioItemId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "expert_profiles_photoFileId_key" ON "expert_profiles"("photoFileId");

-- CreateIndex
CREATE INDEX "stored_files_portfolioItemId_idx" ON "stored_files"("portfolioItemId");

-- AddForeignKey
ALTER TABLE "expert_profiles" ADD CONSTRAINT "expert_profiles_photoFileId_fkey" FOREIGN KEY ("photoFileId") REFERENCES "stored_files"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_portfolioItemId_fkey" FOREIGN KEY ("portfolioItemId") REFERENCES "portfolio_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

