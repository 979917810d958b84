-- CreateEnum
CREATE TYPE "AmendmentKind" AS ENUM ('ADD_MILESTONE', 'CHANGE_MILESTONE', 'CHANGE_HOURLY_TERMS');

-- CreateEnum
CREATE TYPE "AmendmentStatus" AS ENUM ('PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "ContractSide" AS ENUM ('CLIENT', 'EXPERT');

-- AlterTable
ALTER TABLE "milestones" ADD COLUMN     "releasedCents" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "contract_amendments" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "milestoneId" TEXT,
    "kind" "AmendmentKind" NOT NULL,
    "status" "AmendmentStatus" NOT NULL DEFAULT 'PROPOSED',
    "before" JSONB NOT NULL DEFAULT '{}',
    "after" JSONB NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "proposedBySide" "ContractSide" NOT NULL,
    "proposedById" TEXT,
    "respondedById" TEXT,
    "openSlot" TEXT,
    "effectiveFrom" TIMESTAMP(3),
    "appliedAt" TIMESTAMP(3),
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "respondedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "contract_amendments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "contract_amendments_openSlot_key" ON "contract_amendments"("openSlot");

-- CreateIndex
CREATE INDEX "contract_amendments_contractId_proposedAt_idx" ON "contract_amendments"("contractId", "proposedAt");

-- CreateIndex
CREATE INDEX "contract_amendments_kind_status_appliedAt_idx" ON "contract_amendments"("kind", "status", "appliedAt");

-- AddForeignKey
ALTER TABLE "contract_amendments" ADD CONSTRAINT "contract_amendments_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "contracts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract_amendments" ADD CONSTRAINT "contract_amendments_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "milestones"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract_amendments" ADD CONSTRAINT "contract_amendments_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract_amendments" ADD CONSTRAINT "contract_amendments_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Milestones released before this column existed: what their transfers released.
UPDATE "milestones" m SET "releasedCents" = t.released
  FROM (SELECT "milestoneId", sum("amountCents" + "feeCents") AS released FROM "transfers" GROUP BY "milestoneId") t
  WHERE t."milestoneId" = m.id;

-- Released never exceeds what the milestone bills.
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_released_within_amount"
  CHECK ("releasedCents" >= 0 AND "releasedCents" <= "amountCents");
