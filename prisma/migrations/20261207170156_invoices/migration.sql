-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('RECEIPT', 'CREDIT_NOTE');

-- AlterTable
ALTER TABLE "companies" ADD COLUMN     "billingAddressLine1" TEXT,
ADD COLUMN     "billingAddressLine2" TEXT,
ADD COLUMN     "billingCity" TEXT,
ADD COLUMN     "billingCountry" CHAR(2),
ADD COLUMN     "billingEmails" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "billingLegalName" TEXT,
ADD COLUMN     "billingPostalCode" TEXT,
ADD COLUMN     "billingRegion" TEXT,
ADD COLUMN     "billingTaxId" TEXT,
ADD COLUMN     "billingUpdatedAt" TIMESTAMP(3),
ADD COLUMN     "lastCreditNoteNumber" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastReceiptNumber" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "invoices" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "kind" "InvoiceKind" NOT NULL,
    "sequence" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "chargeKind" TEXT NOT NULL,
    "paymentId" TEXT,
    "refundId" TEXT,
    "creditsId" TEXT,
    "contractId" TEXT NOT NULL,
    "milestoneId" TEXT,
    "paidByUserId" TEXT,
    "currency" CHAR(3) NOT NULL,
    "lines" JSONB NOT NULL,
    "subtotalCents" INTEGER NOT NULL,
    "feeCents" INTEGER NOT NULL,
    "totalCents" INTEGER NOT NULL,
    "billedTo" JSONB NOT NULL,
    "issuer" JSONB NOT NULL,
    "paidAt" TIMESTAMP(3) NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "stripePaymentIntentId" TEXT,
    "stripeChargeId" TEXT,
    "stripeRefundId" TEXT,
    "fileId" TEXT,
    "renderedAt" TIMESTAMP(3),
    "emailedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invoices_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "invoices_paymentId_key" ON "invoices"("paymentId");

-- CreateIndex
CREATE UNIQUE INDEX "invoices_refundId_key" ON "invoices"("refundId");

-- CreateIndex
CREATE UNIQUE INDEX "invoices_fileId_key" ON "invoices"("fileId");

-- CreateIndex
CREATE INDEX "invoices_companyId_issuedAt_idx" ON "invoices"("companyId", "issuedAt");

-- CreateIndex
CREATE INDEX "invoices_contractId_idx" ON "invoices"("contractId");

-- CreateIndex
CREATE UNIQUE INDEX "invoices_companyId_kind_sequence_key" ON "invoices"("companyId", "kind", "sequence");

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "companies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "contracts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "payments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_refundId_fkey" FOREIGN KEY ("refundId") REFERENCES "refunds"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_creditsId_fkey" FOREIGN KEY ("creditsId") REFERENCES "invoices"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_paidByUserId_fkey" FOREIGN KEY ("paidByUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "stored_files"("id") ON DELETE SET NULL ON UPDATE CASCADE;

