import type { Role } from "@/generated/prisma/enums";
import { readRows } from "@/lib/db";

// Who is asking, as every edge sees it (pages, server actions, the API router): read without Next.

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  companyId: string | null;
  expertProfileId: string | null;
  /**
   * Whether the owner followed the link sent to their address; what it gates is checked again in
   * lib/accounts/require-verified-email.ts. Optional so that a user built by hand (tests) need not say.
   */
  isEmailVerified?: boolean;
};

/**
 * The account behind a session; null once it is suspended, deleted or gone, or when the session was issued
 * under another session version (a password reset or change, or "sign out of all other devices",
 * bumps it). Read on every request: one query, not through Prisma.
 */
export async function loadSessionUser(userId: string, sessionVersion: number): Promise<SessionUser | null> {
  const [user] = await readRows<SessionUser>`
    SELECT u.id, u.email, u.name, u.role, u."emailVerifiedAt" IS NOT NULL AS "isEmailVerified",
      (SELECT m."companyId" FROM company_members m WHERE m."userId" = u.id ORDER BY m."createdAt" LIMIT 1) AS "companyId",
      (SELECT e.id FROM expert_profiles e WHERE e."userId" = u.id) AS "expertProfileId"
    FROM users u
    WHERE u.id = ${userId} AND u."suspendedAt" IS NULL AND u."deletedAt" IS NULL AND u."sessionVersion" = ${sessionVersion}`;
  return user ?? null;
}
