import { AUDIT_ENTRY_SELECT, presentAuditEntries } from "@/lib/admin/audit-entries";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/teams/assert-can";

export const ACTIVITY_PAGE_SIZE = 50;

/** Who in the company did what, newest first: the audit entries its members made acting for it. Owners only. */
export async function listCompanyActivity({ user, page = 1 }: { user: SessionUser; page?: number }) {
  assertCan(user, "viewActivity");
  const companyId = user.companyId ?? "";
  const rows = await db.auditLog.findMany({
    where: { companyId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * ACTIVITY_PAGE_SIZE,
    take: ACTIVITY_PAGE_SIZE + 1,
    select: AUDIT_ENTRY_SELECT,
  });
  const entries = await presentAuditEntries(rows.slice(0, ACTIVITY_PAGE_SIZE));
  return {
    // Links in the entries point at the admin console; members get their own pages, or none.
    entries: entries.map(({ target, ...entry }) => ({ ...entry, target: { ...target, href: memberHref(target.type, target.id, target.href) } })),
    page,
    hasMore: rows.length > ACTIVITY_PAGE_SIZE,
  };
}

function memberHref(type: string, id: string, adminHref: string | null) {
  if (type === "HiringRequest") return `/client/requests/${id}`;
  if (type === "Contract" || type === "Milestone") return adminHref;
  return null;
}
