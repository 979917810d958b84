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
};

/** The account behind a session's user id; null once it is suspended, deleted or gone. Read on every request: not through Prisma. */
export async function loadSessionUser(userId: string): Promise<SessionUser | null> {
  const [user] = await readRows<SessionUser>`
    SELECT u.id, u.email, u.name, u.role,
      (SELECT m."companyId" FROM company_members m WHERE m."userId" = u.id ORDER BY m."createdAt" LIMIT 1) AS "companyId",
      (SELECT e.id FROM expert_profiles e WHERE e."userId" = u.id) AS "expertProfileId"
    FROM users u
    WHERE u.id = ${userId} AND u."suspendedAt" IS NULL AND u."deletedAt" IS NULL`;
  return user ?? null;
}
