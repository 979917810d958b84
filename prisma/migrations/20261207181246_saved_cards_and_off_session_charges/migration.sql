-- AlterTable
ALTER TABLE "companies" ADD COLUMN     "stripeCustomerId" TEXT;

-- AlterTable
ALTER TABLE "contracts" ADD COLUMN     "chargesFailingSince" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "milestones" ADD COLUMN     "nextChargeAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "payments" ADD COLUMN     "stripePaymentMethodId" TEXT;

-- CreateTable
CREATE TABLE "saved_cards" (
    "companyId" TEXT NOT NULL,
    "stripePaymentMethodId" TEXT NOT NULL,
    "stripeSetupIntentId" TEXT NOT NULL,
    "setupCreatedAt" TIMESTAMP(3) NOT NULL,
    "brand" TEXT NOT NULL,
    "last4" CHAR(4) NOT NULL,
    "expMonth" INTEGER NOT NULL,
    "expYear" INTEGER NOT NULL,
    "savedByUserId" TEXT,
    "savedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_cards_pkey" PRIMARY KEY ("companyId")
);

-- CreateIndex
CREATE UNIQUE INDEX "saved_cards_stripePaymentMethodId_key" ON "saved_cards"("stripePaymentMethodId");

-- CreateIndex
CREATE UNIQUE INDEX "saved_cards_stripeSetupIntentId_key" ON "saved_cards"("stripeSetupIntentId");

-- CreateIndex
CREATE INDEX "saved_cards_savedByUserId_idx" ON "saved_cards"("savedByUserId");

-- CreateIndex
CREATE UNIQUE INDEX "companies_stripeCustomerId_key" ON "companies"("stripeCustomerId");

-- AddForeignKey
ALTER TABLE "saved_cards" ADD CONSTRAINT "saved_cards_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_cards" ADD CONSTRAINT "saved_cards_savedByUserId_fkey" FOREIGN KEY ("savedByUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

