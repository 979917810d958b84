import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/payments/access";
import { AUDIT_ENTRY_SELECT, presentAuditEntries } from "./audit-entries";
import { AUDIT_LOG_PAGE_SIZE, type AuditLogQuery } from "./schemas";

const DAY_MS = 86_400_000;

export type AuditLogPage = Awaited<ReturnType<typeof listAuditLog>>;

/** The audit log, newest first, filtered by action prefix, actor, target and a range of UTC days; with the admins to filter by. */
export async function listAuditLog({ user, query }: { user: SessionUser; query: AuditLogQuery }) {
  assertAdmin(user);
  const { action, actorId, targetType, targetId, from, to, page } = query;
  const where: Prisma.AuditLogWhereInput = {
    ...(action && { action: { startsWith: action } }),
    ...(actorId && { actorId }),
    ...(targetType && { targetType }),
    ...(targetId && { targetId }),
    ...((from || to) && {
      createdAt: {
        ...(from && { gte: new Date(`${from}T00:00:00.000Z`) }),
        ...(to && { lt: new Date(Date.parse(`${to}T00:00:00.000Z`) + DAY_MS) }),
      },
    }),
  };
  const [total, rows, admins] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_LOG_PAGE_SIZE,
      take: AUDIT_LOG_PAGE_SIZE,
      select: AUDIT_ENTRY_SELECT,
    }),
    db.user.findMany({ where: { role: "ADMIN" }, orderBy: { name: "asc" }, take: 200, select: { id: true, name: true } }),
  ]);
  return { entries: await presentAuditEntries(rows), page, pageSize: AUDIT_LOG_PAGE_SIZE, total, admins };
}
