-- AlterTable
ALTER TABLE "expert_profiles" ADD COLUMN     "publicSlug" TEXT;

-- CreateTable
CREATE TABLE "portfolio_items" (
    "id" TEXT NOT NULL,
    "expertProfileId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "portfolio_items_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "portfolio_items_expertProfileId_position_idx" ON "portfolio_items"("expertProfileId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "expert_profiles_publicSlug_key" ON "expert_profiles"("publicSlug");

-- AddForeignKey
ALTER TABLE "portfolio_items" ADD CONSTRAINT "portfolio_items_expertProfileId_fkey" FOREIGN KEY ("expertProfileId") REFERENCES "expert_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Experts who opted in before public profile pages existed get their address now, as an opt-in would
-- make it (lib/hire-pages/public-profile-path.ts): their name in lower case, hyphenated, and 6 random characters.
UPDATE "expert_profiles" ep
SET "publicSlug" = left(coalesce(nullif(trim(both '-' from regexp_replace(lower(u.name), '[^a-z0-9]+', '-', 'g')), ''), 'expert'), 40)
  || '-' || substr(md5(random()::text || ep.id), 1, 6)
FROM "users" u
WHERE u.id = ep."userId" AND ep."publicProfile" AND ep."publicSlug" IS NULL AND u."deletedAt" IS NULL;
