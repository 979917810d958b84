-- AlterEnum: MEMBER becomes HIRING_MANAGER, the role every existing non-owner member had in effect.
CREATE TYPE "CompanyRole_new" AS ENUM ('OWNER', 'HIRING_MANAGER', 'FINANCE', 'VIEWER');
ALTER TABLE "company_members" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "company_members" ALTER COLUMN "role" TYPE "CompanyRole_new"
  USING (CASE "role"::text WHEN 'MEMBER' THEN 'HIRING_MANAGER' ELSE "role"::text END)::"CompanyRole_new";
ALTER TYPE "CompanyRole" RENAME TO "CompanyRole_old";
ALTER TYPE "CompanyRole_new" RENAME TO "CompanyRole";
DROP TYPE "CompanyRole_old";
ALTER TABLE "company_members" ALTER COLUMN "role" SET DEFAULT 'HIRING_MANAGER';

-- CreateTable
CREATE TABLE "team_invitations" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "CompanyRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "acceptedById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "team_invitations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "team_invitations_tokenHash_key" ON "team_invitations"("tokenHash");

-- CreateIndex
CREATE INDEX "team_invitations_companyId_createdAt_idx" ON "team_invitations"("companyId", "createdAt");

-- CreateIndex
CREATE INDEX "team_invitations_email_idx" ON "team_invitations"("email");

-- AddForeignKey
ALTER TABLE "team_invitations" ADD CONSTRAINT "team_invitations_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team_invitations" ADD CONSTRAINT "team_invitations_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

