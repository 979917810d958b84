-- AlterTable
ALTER TABLE "hiring_requests" ADD COLUMN     "budgetTolerancePercent" INTEGER NOT NULL DEFAULT 10;

