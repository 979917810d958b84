-- CreateEnum
CREATE TYPE "TimesheetWeekStatus" AS ENUM ('OPEN', 'IN_REVIEW', 'APPROVED', 'DISPUTED');

-- CreateTable
CREATE TABLE "timesheet_weeks" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "weekStart" DATE NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "status" "TimesheetWeekStatus" NOT NULL DEFAULT 'OPEN',
    "hourlyRateCents" INTEGER NOT NULL,
    "capMinutes" INTEGER NOT NULL,
    "totalMinutes" INTEGER NOT NULL DEFAULT 0,
    "amountCents" INTEGER,
    "closedAt" TIMESTAMP(3),
    "reviewEndsAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "disputedAt" TIMESTAMP(3),
    "disputedById" TEXT,
    "disputeReason" TEXT,
    "milestoneId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "timesheet_weeks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "time_entries" (
    "id" TEXT NOT NULL,
    "weekId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "time_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "timesheet_weeks_milestoneId_key" ON "timesheet_weeks"("milestoneId");

-- CreateIndex
CREATE INDEX "timesheet_weeks_status_endsAt_idx" ON "timesheet_weeks"("status", "endsAt");

-- CreateIndex
CREATE INDEX "timesheet_weeks_status_reviewEndsAt_idx" ON "timesheet_weeks"("status", "reviewEndsAt");

-- CreateIndex
CREATE UNIQUE INDEX "timesheet_weeks_contractId_weekStart_key" ON "timesheet_weeks"("contractId", "weekStart");

-- CreateIndex
CREATE INDEX "time_entries_weekId_date_idx" ON "time_entries"("weekId", "date");

-- CreateIndex
CREATE INDEX "time_entries_createdById_idx" ON "time_entries"("createdById");

-- AddForeignKey
ALTER TABLE "timesheet_weeks" ADD CONSTRAINT "timesheet_weeks_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "contracts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "timesheet_weeks" ADD CONSTRAINT "timesheet_weeks_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "milestones"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_weekId_fkey" FOREIGN KEY ("weekId") REFERENCES "timesheet_weeks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- Hours are quarter hours, more than nothing and at most a day; a week's totals are whole quarters too.
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_quarter_hours"
  CHECK ("minutes" > 0 AND "minutes" <= 1440 AND "minutes" % 15 = 0);
ALTER TABLE "timesheet_weeks" ADD CONSTRAINT "timesheet_weeks_totals"
  CHECK ("totalMinutes" >= 0 AND "totalMinutes" % 15 = 0 AND "capMinutes" > 0 AND "hourlyRateCents" > 0
    AND ("amountCents" IS NULL OR "amountCents" >= 0) AND "endsAt" > "startsAt");
