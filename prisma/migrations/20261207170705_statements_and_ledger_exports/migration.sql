-- CreateEnum
CREATE TYPE "GeneratedDocumentStatus" AS ENUM ('QUEUED', 'BUILDING', 'READY', 'FAILED');

-- CreateEnum
CREATE TYPE "LedgerExportKind" AS ENUM ('LEDGER_ENTRIES', 'PAYOUTS');

-- CreateTable
CREATE TABLE "earnings_statements" (
    "id" TEXT NOT NULL,
    "expertProfileId" TEXT NOT NULL,
    "month" CHAR(7) NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "status" "GeneratedDocumentStatus" NOT NULL DEFAULT 'QUEUED',
    "pdfFileId" TEXT,
    "csvFileId" TEXT,
    "failureReason" TEXT,
    "startedAt" TIMESTAMP(3),
    "readyAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "earnings_statements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ledger_exports" (
    "id" TEXT NOT NULL,
    "kind" "LedgerExportKind" NOT NULL,
    "fromDate" DATE NOT NULL,
    "toDate" DATE NOT NULL,
    "status" "GeneratedDocumentStatus" NOT NULL DEFAULT 'QUEUED',
    "rowsDone" INTEGER NOT NULL DEFAULT 0,
    "fileId" TEXT,
    "failureReason" TEXT,
    "requestedById" TEXT,
    "startedAt" TIMESTAMP(3),
    "readyAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ledger_exports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "earnings_statements_pdfFileId_key" ON "earnings_statements"("pdfFileId");

-- CreateIndex
CREATE UNIQUE INDEX "earnings_statements_csvFileId_key" ON "earnings_statements"("csvFileId");

-- CreateIndex
CREATE INDEX "earnings_statements_expertProfileId_month_createdAt_idx" ON "earnings_statements"("expertProfileId", "month", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ledger_exports_fileId_key" ON "ledger_exports"("fileId");

-- CreateIndex
CREATE INDEX "ledger_exports_createdAt_idx" ON "ledger_exports"("createdAt");

-- AddForeignKey
ALTER TABLE "earnings_statements" ADD CONSTRAINT "earnings_statements_expertProfileId_fkey" FOREIGN KEY ("expertProfileId") REFERENCES "expert_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "earnings_statements" ADD CONSTRAINT "earnings_statements_pdfFileId_fkey" FOREIGN KEY ("pdfFileId") REFERENCES "stored_files"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "earnings_statements" ADD CONSTRAINT "earnings_statements_csvFileId_fkey" FOREIGN KEY ("csvFileId") REFERENCES "stored_files"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_exports" ADD CONSTRAINT "ledger_exports_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_exports" ADD CONSTRAINT "ledger_exports_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "stored_files"("id") ON DELETE SET NULL ON UPDATE CASCADE;

