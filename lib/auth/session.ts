import { cookies } from "next/headers";
import { cache } from "react";
import { readRows } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Role } from "@/generated/prisma/enums";
import { sessionCookieName } from "./cookies";
import { sessionUserId } from "./session-token";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  companyId: string | null;
  expertProfileId: string | null;
};

/**
 * The signed-in user: the session cookie decoded here (next-auth's getServerSession would also run
 * its callbacks and re-encrypt the cookie on every call), then the account re-read from the database
 * so that a suspension takes effect at once even though the session JWT is still valid.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  const userId = await sessionUserId(token, env().NEXTAUTH_SECRET);
  return userId ? loadSessionUser(userId) : null;
});

/** The account behind a session's user id; null once it is suspended or gone. Read on every request: not through Prisma. */
export async function loadSessionUser(userId: string): Promise<SessionUser | null> {
  const [user] = await readRows<SessionUser>`
    SELECT u.id, u.email, u.name, u.role,
      (SELECT m."companyId" FROM company_members m WHERE m."userId" = u.id ORDER BY m."createdAt" LIMIT 1) AS "companyId",
      (SELECT e.id FROM expert_profiles e WHERE e."userId" = u.id) AS "expertProfileId"
    FROM users u
    WHERE u.id = ${userId} AND u."suspendedAt" IS NULL`;
  return user ?? null;
}

export async function requireUser(roles?: readonly Role[]): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (roles && !roles.includes(user.role)) throw new AppError("FORBIDDEN", "Your account does not have access to this.");
  return user;
}

export const requireRole = (...roles: Role[]) => requireUser(roles);
