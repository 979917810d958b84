-- Typo-tolerant, ranked search (lib/search) compares trigrams; the extension ships with PostgreSQL (contrib).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "users_name_trgm_idx" ON "users" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "users_email_trgm_idx" ON "users" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "companies_name_trgm_idx" ON "companies" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "expert_profiles_headline_trgm_idx" ON "expert_profiles" USING GIN ("headline" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "skills_name_trgm_idx" ON "skills" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "skill_synonyms_alias_trgm_idx" ON "skill_synonyms" USING GIN ("alias" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "hiring_requests_title_trgm_idx" ON "hiring_requests" USING GIN ("title" gin_trgm_ops);

