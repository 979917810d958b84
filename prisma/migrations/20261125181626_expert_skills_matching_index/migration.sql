-- DropIndex
DROP INDEX "expert_skills_skillId_expertProfileId_idx";

-- CreateIndex
CREATE INDEX "expert_skills_matching_idx" ON "expert_skills"("skillId", "expertProfileId", "years", "level", "verifiedAt");

