import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/generated/prisma/enums";
import { authOptions } from "./options";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  companyId: string | null;
  expertProfileId: string | null;
};

/**
 * The signed-in user, re-read from the database on every request so that a suspension
 * takes effect at once even though the session JWT is still valid.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = await db.user.findFirst({
    where: { id: userId, suspendedAt: null },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      memberships: { select: { companyId: true }, take: 1, orderBy: { createdAt: "asc" } },
      expertProfile: { select: { id: true } },
    },
  });
  if (!user) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    companyId: user.memberships[0]?.companyId ?? null,
    expertProfileId: user.expertProfile?.id ?? null,
  };
});

export async function requireUser(roles?: readonly Role[]): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (roles && !roles.includes(user.role)) throw new AppError("FORBIDDEN", "Your account does not have access to this.");
  return user;
}

export const requireRole = (...roles: Role[]) => requireUser(roles);
