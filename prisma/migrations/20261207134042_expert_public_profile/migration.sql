-- AlterTable
ALTER TABLE "expert_profiles" ADD COLUMN     "country" CHAR(2),
ADD COLUMN     "publicProfile" BOOLEAN NOT NULL DEFAULT false;

