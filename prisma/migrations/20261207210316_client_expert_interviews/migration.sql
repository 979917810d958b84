-- CreateEnum
CREATE TYPE "HiringInterviewStatus" AS ENUM ('PROPOSED', 'OTHER_TIMES_REQUESTED', 'CONFIRMED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "HiringInterviewSide" AS ENUM ('CLIENT', 'EXPERT');

-- AlterTable
ALTER TABLE "email_outbox" ADD COLUMN     "attachments" JSONB;

-- CreateTable
CREATE TABLE "hiring_interviews" (
    "id" TEXT NOT NULL,
    "matchId" TEXT NOT NULL,
    "status" "HiringInterviewStatus" NOT NULL,
    "proposedBySide" "HiringInterviewSide" NOT NULL,
    "slots" JSONB NOT NULL DEFAULT '[]',
    "clientTimeZone" TEXT NOT NULL,
    "callUrl" TEXT NOT NULL,
    "note" TEXT,
    "otherTimesNote" TEXT,
    "startsAt" TIMESTAMP(3),
    "durationMinutes" INTEGER,
    "confirmedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" TEXT,
    "cancelledBySide" "HiringInterviewSide",
    "calendarSequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "hiring_interviews_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "hiring_interviews_matchId_key" ON "hiring_interviews"("matchId");

-- CreateIndex
CREATE INDEX "hiring_interviews_status_startsAt_idx" ON "hiring_interviews"("status", "startsAt");

-- AddForeignKey
ALTER TABLE "hiring_interviews" ADD CONSTRAINT "hiring_interviews_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "matches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

