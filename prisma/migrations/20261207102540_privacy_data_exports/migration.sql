-- CreateEnum
CREATE TYPE "DataExportStatus" AS ENUM ('QUEUED', 'BUILDING', 'READY', 'EXPIRED', 'FAILED');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "deletedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "data_exports" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "DataExportStatus" NOT NULL DEFAULT 'QUEUED',
    "sectionsDone" INTEGER NOT NULL DEFAULT 0,
    "sectionsTotal" INTEGER NOT NULL DEFAULT 0,
    "zip" BYTEA,
    "sizeBytes" INTEGER,
    "failureReason" TEXT,
    "startedAt" TIMESTAMP(3),
    "readyAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "data_exports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "data_exports_userId_createdAt_idx" ON "data_exports"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "data_exports_status_expiresAt_idx" ON "data_exports"("status", "expiresAt");

-- AddForeignKey
ALTER TABLE "data_exports" ADD CONSTRAINT "data_exports_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- One export in flight per user, whatever two requests race (the schema cannot express a partial index).
CREATE UNIQUE INDEX "data_exports_one_in_flight_idx" ON "data_exports"("userId") WHERE "status" IN ('QUEUED', 'BUILDING');
