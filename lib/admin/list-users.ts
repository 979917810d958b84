import { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/payments/access";
import { isSearchable, tooShortMessage } from "@/lib/search/schemas";
import { closeTo, queryWithTrigramThreshold, rankedPageSql } from "@/lib/search/trigram";
import { ACCOUNT_SUMMARY_SELECT, accountActionsFor } from "./account-status";
import { type ListUsersQuery, USERS_PAGE_SIZE } from "./schemas";

export type UserList = Awaited<ReturnType<typeof listUsers>>;

const USER_ROW_SELECT = {
  ...ACCOUNT_SUMMARY_SELECT,
  memberships: { orderBy: { createdAt: "asc" }, take: 1, select: { company: { select: { id: true, name: true } } } },
  expertProfile: { select: { id: true, vettingStatus: true } },
} satisfies Prisma.UserSelect;

/**
 * Users for the admin console, filtered by role and suspension: newest first, or, with a search, the
 * closest names and emails first (typos forgiven, lib/search/trigram.ts).
 */
export async function listUsers({ user, query }: { user: SessionUser; query: ListUsersQuery }) {
  assertAdmin(user);
  const { q, role, suspended, page } = query;
  const isSearch = q !== undefined && isSearchable(q);
  const { ids, total } = isSearch ? await searchUserIds({ text: q, role, suspended, page }) : await newestUserIds({ role, suspended, page });
  const rows = await db.user.findMany({ where: { id: { in: ids } }, select: USER_ROW_SELECT });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    users: ids.flatMap((id) => {
      const found = byId.get(id);
      if (!found) return [];
      const { memberships, expertProfile, ...row } = found;
      return [{ ...row, company: memberships[0]?.company ?? null, vettingStatus: expertProfile?.vettingStatus ?? null, ...accountActionsFor(user, row) }];
    }),
    page,
    pageSize: USERS_PAGE_SIZE,
    total,
    message: q && !isSearch ? `${tooShortMessage} Showing the newest users.` : null,
  };
}

type Filters = Pick<ListUsersQuery, "role" | "suspended" | "page">;

async function newestUserIds({ role, suspended, page }: Filters) {
  const where: Prisma.UserWhereInput = {
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
      select: { id: true },
    }),
  ]);
  return { ids: rows.map((row) => row.id), total };
}

async function searchUserIds({ text, role, suspended, page }: Filters & { text: string }) {
  const roleFilter = role ? Prisma.sql`AND u.role = ${role}::"Role"` : Prisma.empty;
  const suspendedFilter = suspended
    ? suspended === "true"
      ? Prisma.sql`AND u."suspendedAt" IS NOT NULL`
      : Prisma.sql`AND u."suspendedAt" IS NULL`
    : Prisma.empty;
  const hits = Prisma.sql`
    SELECT id, max(score)::float8 AS score, max(closeness)::float8 AS closeness FROM (
      SELECT u.id, ${closeTo(text, Prisma.sql`u.name`)} FROM users u WHERE ${text} <% u.name ${roleFilter} ${suspendedFilter}
      UNION ALL
      SELECT u.id, ${closeTo(text, Prisma.sql`u.email`)} FROM users u WHERE ${text} <% u.email ${roleFilter} ${suspendedFilter}
    ) matched GROUP BY id`;
  const rows = await queryWithTrigramThreshold<{ id: string; total: number }>(
    rankedPageSql(hits, { limit: USERS_PAGE_SIZE, offset: (page - 1) * USERS_PAGE_SIZE }),
  );
  return { ids: rows.map((row) => row.id), total: rows[0]?.total ?? 0 };
}
