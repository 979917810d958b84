-- CreateEnum
CREATE TYPE "ReviewDirection" AS ENUM ('CLIENT_TO_EXPERT', 'EXPERT_TO_CLIENT');

-- CreateEnum
CREATE TYPE "RequestOrigin" AS ENUM ('MATCHING', 'DIRECT_HIRE');

-- DropIndex
DROP INDEX "reviews_contractId_key";

-- AlterTable
ALTER TABLE "hiring_requests" ADD COLUMN     "origin" "RequestOrigin" NOT NULL DEFAULT 'MATCHING';

-- AlterTable
ALTER TABLE "contracts" ADD COLUMN     "reviewRemindersSent" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reviewsClosedAt" TIMESTAMP(3);

-- AlterTable: every existing review is a client's rating of the expert, already shown, so published
-- as written; the company is its contract's.
ALTER TABLE "reviews" ADD COLUMN     "companyId" TEXT,
ADD COLUMN     "direction" "ReviewDirection" NOT NULL DEFAULT 'CLIENT_TO_EXPERT',
ADD COLUMN     "publishedAt" TIMESTAMP(3);
UPDATE "reviews" r SET "companyId" = c."companyId", "publishedAt" = r."createdAt" FROM "contracts" c WHERE c.id = r."contractId";
ALTER TABLE "reviews" ALTER COLUMN "companyId" SET NOT NULL;

-- CreateTable
CREATE TABLE "saved_experts" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "expertProfileId" TEXT NOT NULL,
    "savedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_experts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "saved_experts_expertProfileId_idx" ON "saved_experts"("expertProfileId");

-- CreateIndex
CREATE UNIQUE INDEX "saved_experts_companyId_expertProfileId_key" ON "saved_experts"("companyId", "expertProfileId");

-- CreateIndex
CREATE INDEX "reviews_companyId_direction_publishedAt_idx" ON "reviews"("companyId", "direction", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "reviews_contractId_direction_key" ON "reviews"("contractId", "direction");

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_experts" ADD CONSTRAINT "saved_experts_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_experts" ADD CONSTRAINT "saved_experts_expertProfileId_fkey" FOREIGN KEY ("expertProfileId") REFERENCES "expert_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_experts" ADD CONSTRAINT "saved_experts_savedById_fkey" FOREIGN KEY ("savedById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

