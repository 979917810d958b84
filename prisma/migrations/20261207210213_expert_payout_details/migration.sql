-- AlterTable
ALTER TABLE "expert_profiles" ADD COLUMN     "payoutCheckedAt" TIMESTAMP(3),
ADD COLUMN     "payoutCountry" CHAR(2),
ADD COLUMN     "payoutCurrency" CHAR(3),
ADD COLUMN     "payoutNudgedAt" TIMESTAMP(3),
ADD COLUMN     "payoutRequirements" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "payoutScheduleDelayDays" INTEGER,
ADD COLUMN     "payoutScheduleInterval" TEXT;

