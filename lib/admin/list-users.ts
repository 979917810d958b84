import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/payments/access";
import { ACCOUNT_SUMMARY_SELECT, accountActionsFor } from "./account-status";
import { type ListUsersQuery, USERS_PAGE_SIZE } from "./schemas";

export type UserList = Awaited<ReturnType<typeof listUsers>>;

/** Users for the admin console, newest first: search by part of a name or email, filter by role and suspension. */
export async function listUsers({ user, query }: { user: SessionUser; query: ListUsersQuery }) {
  assertAdmin(user);
  const { q, role, suspended, page } = query;
  const where: Prisma.UserWhereInput = {
    ...(q && { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }] }),
    ...(role && { role }),
    ...(suspended && { suspendedAt: suspended === "true" ? { not: null } : null }),
  };
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        ...ACCOUNT_SUMMARY_SELECT,
        memberships: { orderBy: { createdAt: "asc" }, take: 1, select: { company: { select: { id: true, name: true } } } },
        expertProfile: { select: { id: true, vettingStatus: true } },
      },
    }),
  ]);
  return {
    users: rows.map(({ memberships, expertProfile, ...row }) => ({
      ...row,
      company: memberships[0]?.company ?? null,
      vettingStatus: expertProfile?.vettingStatus ?? null,
      ...accountActionsFor(user, row),
    })),
    page,
    pageSize: USERS_PAGE_SIZE,
    total,
  };
}
