import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assertAdmin } from "@/lib/payments/access";
import { ACCOUNT_SUMMARY_SELECT, accountActionsFor } from "./account-status";
import { AUDIT_ENTRY_SELECT, presentAuditEntries } from "./audit-entries";

const RECENT_AUDIT_ENTRIES = 20;

export type UserDetail = Awaited<ReturnType<typeof getUser>>;

/** One user for the admin console: account, company memberships or expert profile, contracts, and what was recently done to them. */
export async function getUser({ user, userId }: { user: SessionUser; userId: string }) {
  assertAdmin(user);
  const found = await db.user.findUnique({
    where: { id: userId },
    select: {
      ...ACCOUNT_SUMMARY_SELECT,
      memberships: { orderBy: { createdAt: "asc" }, select: { role: true, createdAt: true, company: { select: { id: true, name: true } } } },
      expertProfile: {
        select: {
          id: true,
          headline: true,
          vettingStatus: true,
          hourlyRateCents: true,
          currency: true,
          timezone: true,
          isAvailable: true,
          approvedAt: true,
          ratingCount: true,
          ratingSum: true,
          completedContracts: true,
          _count: { select: { contracts: true } },
        },
      },
      _count: { select: { contractsAsClient: true } },
    },
  });
  if (!found) throw notFound("User");
  const { memberships, expertProfile, _count, ...account } = found;
  const aboutThem = [{ targetType: "User", targetId: found.id }, ...(expertProfile ? [{ targetType: "ExpertProfile", targetId: expertProfile.id }] : [])];
  const rows = await db.auditLog.findMany({
    where: { OR: aboutThem },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: RECENT_AUDIT_ENTRIES,
    select: AUDIT_ENTRY_SELECT,
  });
  return {
    ...account,
    ...accountActionsFor(user, found),
    memberships: memberships.map(({ company, ...membership }) => ({ ...membership, companyId: company.id, companyName: company.name })),
    expertProfile: expertProfile && withAverageRating(expertProfile),
    contractsCount: _count.contractsAsClient + (expertProfile?._count.contracts ?? 0),
    recentAudit: await presentAuditEntries(rows),
  };
}

function withAverageRating<Profile extends { ratingSum: number; ratingCount: number; _count: unknown }>({ _count, ratingSum, ...profile }: Profile) {
  return { ...profile, averageRating: profile.ratingCount ? ratingSum / profile.ratingCount : null };
}
