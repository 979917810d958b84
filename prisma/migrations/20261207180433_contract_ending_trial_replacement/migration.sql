-- CreateEnum
CREATE TYPE "ContractEndReason" AS ENUM ('NOT_A_FIT', 'WORK_DONE', 'NO_LONGER_NEEDED', 'UNRESPONSIVE', 'OTHER');

-- CreateEnum
CREATE TYPE "EndRefundStatus" AS ENUM ('REQUESTED', 'AGREED', 'DISPUTED');

-- AlterEnum
ALTER TYPE "LedgerAccountType" ADD VALUE 'PLATFORM_EXPENSE';

-- AlterTable
ALTER TABLE "hiring_requests" ADD COLUMN     "isReplacement" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "replacementOfContractId" TEXT;

-- AlterTable
ALTER TABLE "contracts" ADD COLUMN     "endNote" TEXT,
ADD COLUMN     "endReason" "ContractEndReason",
ADD COLUMN     "endedAt" TIMESTAMP(3),
ADD COLUMN     "endedById" TEXT,
ADD COLUMN     "isEndedInTrial" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "replacementRequestedAt" TIMESTAMP(3),
ADD COLUMN     "trialEndsAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "end_refund_requests" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "milestoneId" TEXT NOT NULL,
    "status" "EndRefundStatus" NOT NULL DEFAULT 'REQUESTED',
    "consentDeadline" TIMESTAMP(3) NOT NULL,
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "isAgreedBySilence" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "end_refund_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trial_payouts" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "submittedCents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "status" "TransferStatus" NOT NULL DEFAULT 'PENDING',
    "idempotencyKey" TEXT NOT NULL,
    "stripeTransferId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "trial_payouts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "end_refund_requests_milestoneId_key" ON "end_refund_requests"("milestoneId");

-- CreateIndex
CREATE INDEX "end_refund_requests_contractId_idx" ON "end_refund_requests"("contractId");

-- CreateIndex
CREATE INDEX "end_refund_requests_status_consentDeadline_idx" ON "end_refund_requests"("status", "consentDeadline");

-- CreateIndex
CREATE UNIQUE INDEX "trial_payouts_contractId_key" ON "trial_payouts"("contractId");

-- CreateIndex
CREATE UNIQUE INDEX "trial_payouts_idempotencyKey_key" ON "trial_payouts"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "trial_payouts_stripeTransferId_key" ON "trial_payouts"("stripeTransferId");

-- CreateIndex
CREATE INDEX "trial_payouts_status_idx" ON "trial_payouts"("status");

-- CreateIndex
CREATE INDEX "contracts_requestId_idx" ON "contracts"("requestId");

-- AddForeignKey
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "end_refund_requests" ADD CONSTRAINT "end_refund_requests_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "contracts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "end_refund_requests" ADD CONSTRAINT "end_refund_requests_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "milestones"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "end_refund_requests" ADD CONSTRAINT "end_refund_requests_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trial_payouts" ADD CONSTRAINT "trial_payouts_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "contracts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

