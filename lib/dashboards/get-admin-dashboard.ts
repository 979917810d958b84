import type { MatchStatus, VettingStatus } from "@/generated/prisma/enums";
import { Role, VettingStatus as VettingStatuses } from "@/generated/prisma/enums";
import { AUDIT_ENTRY_SELECT, presentAuditEntries } from "@/lib/admin/audit-entries";
import type { SessionUser } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { assertRole } from "./assert-role";
import { slaStateOf } from "./matching-sla";
import { countEvery } from "./tally";

const WAITING_STATUSES: VettingStatus[] = ["APPLIED", "SCREENING", "INTERVIEW"];
const OLDEST_WAITING_SHOWN = 5;
const MATCHING_REQUESTS_SHOWN = 25;
const AUDIT_ENTRIES_SHOWN = 10;
const ACCEPTED_MATCH_STATUSES: MatchStatus[] = ["ACCEPTED", "SHORTLISTED"];

export type AdminDashboard = Awaited<ReturnType<typeof getAdminDashboard>>;

/** Platform-wide pipeline, SLA, user and audit overview; admins only. */
export async function getAdminDashboard({ user, now = clockNow() }: { user: SessionUser; now?: Date }) {
  assertRole(user, "ADMIN");

  const [tallies, oldestWaiting, matchingRequests, openDisputes, auditEntries] = await Promise.all([
    // Kept by triggers (see PlatformTally): counting 100k users and profiles on every view would not scale.
    db.platformTally.findMany({ select: { kind: true, key: true, count: true } }),
    db.expertProfile.findMany({
      where: { vettingStatus: { in: WAITING_STATUSES } },
      orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      take: OLDEST_WAITING_SHOWN,
      select: {
        id: true,
        headline: true,
        vettingStatus: true,
        submittedAt: true,
        createdAt: true,
        user: { select: { name: true, email: true } },
      },
    }),
    db.hiringRequest.findMany({
      where: { status: "MATCHING" },
      orderBy: [{ matchDeadline: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      take: MATCHING_REQUESTS_SHOWN,
      select: {
        id: true,
        title: true,
        submittedAt: true,
        matchDeadline: true,
        slaBreached: true,
        company: { select: { name: true } },
        _count: { select: { matches: { where: { status: { in: ACCEPTED_MATCH_STATUSES } } } } },
      },
    }),
    db.dispute.count({ where: { status: "OPEN" } }),
    db.auditLog.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: AUDIT_ENTRIES_SHOWN,
      select: AUDIT_ENTRY_SELECT,
    }),
  ]);

  // The triggers write keys from the enum columns themselves.
  const tally = <Key extends string>(kind: string) =>
    tallies.filter((row) => row.kind === kind).map((row) => ({ key: row.key as Key, count: Number(row.count) }));

  return {
    generatedAt: now,
    vettingCounts: countEvery(Object.values(VettingStatuses), tally<VettingStatus>("experts.vettingStatus")),
    oldestWaiting: oldestWaiting.map(({ user: applicant, submittedAt, createdAt, ...profile }) => ({
      ...profile,
      name: applicant.name,
      email: applicant.email,
      waitingSince: submittedAt ?? createdAt,
    })),
    matchingRequests: matchingRequests.map(({ company, _count, ...request }) => ({
      ...request,
      companyName: company.name,
      acceptedCount: _count.matches,
      slaState: slaStateOf(request, now),
    })),
    userCounts: countEvery(Object.values(Role), tally<Role>("users.role")),
    suspendedUsers: tally("users.suspended")[0]?.count ?? 0,
    openDisputes,
    recentAudit: await presentAuditEntries(auditEntries),
  };
}
