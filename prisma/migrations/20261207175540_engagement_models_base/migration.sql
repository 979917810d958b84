-- CreateEnum
CREATE TYPE "ContractBilling" AS ENUM ('FIXED', 'HOURLY');

-- CreateEnum
CREATE TYPE "MilestoneKind" AS ENUM ('FIXED', 'HOURLY_WEEK', 'BONUS');

-- AlterTable
ALTER TABLE "contracts" ADD COLUMN     "billing" "ContractBilling" NOT NULL DEFAULT 'FIXED',
ADD COLUMN     "hourlyRateCents" INTEGER,
ADD COLUMN     "weekTimeZone" TEXT,
ADD COLUMN     "weeklyCapMinutes" INTEGER;

-- AlterTable
ALTER TABLE "milestones" ADD COLUMN     "kind" "MilestoneKind" NOT NULL DEFAULT 'FIXED';


-- An hourly contract always knows its rate, cap and billing time zone; a fixed one has none of them.
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_hourly_terms"
  CHECK ((("billing" = 'HOURLY') = ("hourlyRateCents" IS NOT NULL AND "weeklyCapMinutes" IS NOT NULL AND "weekTimeZone" IS NOT NULL))
    AND ("hourlyRateCents" IS NULL OR "hourlyRateCents" > 0)
    AND ("weeklyCapMinutes" IS NULL OR ("weeklyCapMinutes" > 0 AND "weeklyCapMinutes" % 15 = 0)));
