import type { Prisma } from "@/generated/prisma/client";
import type { AuditTargetType } from "@/lib/audit/actions";
import { db } from "@/lib/db";
import { describeAction, summarizeData } from "./audit-format";
import { jobKindInAuditData } from "./job-kind-words";

// Audit rows as the console shows them: who, the action in words, the target by name with a link to
// where an admin can look at it, and the data in one line.

export const AUDIT_ENTRY_SELECT = {
  id: true,
  action: true,
  targetType: true,
  targetId: true,
  data: true,
  createdAt: true,
  actor: { select: { id: true, name: true, role: true } },
} as const;

type AuditRow = Prisma.AuditLogGetPayload<{ select: typeof AUDIT_ENTRY_SELECT }>;
type Target = { label: string; href: string };

export type AuditEntry = Awaited<ReturnType<typeof presentAuditEntries>>[number];

export async function presentAuditEntries(rows: AuditRow[]) {
  const targets = await findTargets(rows);
  return rows.map((row) => {
    const target = targets.get(`${row.targetType}:${row.targetId}`);
    return {
      id: row.id,
      createdAt: row.createdAt,
      action: row.action,
      actionLabel: describeAction(row.action),
      actor: row.actor,
      target: { type: row.targetType, id: row.targetId, label: target?.label ?? null, href: target?.href ?? null },
      summary: summarizeData(row.data),
    };
  });
}

/** Each kind of target is looked up once per page, whatever the number of entries. */
async function findTargets(rows: AuditRow[]) {
  const idsOf = (type: AuditTargetType) => [...new Set(rows.filter((row) => row.targetType === type).map((row) => row.targetId))];
  const only = <T>(ids: string[], find: (ids: string[]) => Promise<T[]>) => (ids.length ? find(ids) : Promise.resolve([]));
  const [users, profiles, requests, contracts, milestones, disputes, payments] = await Promise.all([
    only(idsOf("User"), (ids) => db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
    only(idsOf("ExpertProfile"), (ids) =>
      db.expertProfile.findMany({ where: { id: { in: ids } }, select: { id: true, userId: true, user: { select: { name: true } } } }),
    ),
    only(idsOf("HiringRequest"), (ids) => db.hiringRequest.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })),
    only(idsOf("Contract"), (ids) => db.contract.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })),
    only(idsOf("Milestone"), (ids) => db.milestone.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, contractId: true } })),
    only(idsOf("Dispute"), (ids) => db.dispute.findMany({ where: { id: { in: ids } }, select: { id: true, contract: { select: { title: true } } } })),
    only(idsOf("Payment"), (ids) => db.payment.findMany({ where: { id: { in: ids } }, select: { id: true, milestone: { select: { title: true } } } })),
  ]);
  const targets = new Map<string, Target>();
  const add = (type: AuditTargetType, id: string, target: Target) => targets.set(`${type}:${id}`, target);
  for (const user of users) add("User", user.id, { label: user.name, href: `/admin/users/${user.id}` });
  for (const profile of profiles) add("ExpertProfile", profile.id, { label: `${profile.user.name} (expert profile)`, href: `/admin/users/${profile.userId}` });
  // Admins have no request page: a request's link is its history in the audit log.
  for (const request of requests)
    add("HiringRequest", request.id, { label: request.title, href: `/admin/audit-log?targetType=HiringRequest&targetId=${request.id}` });
  for (const contract of contracts) add("Contract", contract.id, { label: contract.title, href: `/contracts/${contract.id}` });
  for (const milestone of milestones) add("Milestone", milestone.id, { label: milestone.title, href: `/contracts/${milestone.contractId}` });
  for (const id of idsOf("Ledger")) add("Ledger", id, { label: "The whole ledger", href: "/admin/ledger" });
  for (const id of idsOf("LedgerExport")) add("LedgerExport", id, { label: "A ledger export", href: "/admin/ledger/exports" });
  for (const payment of payments)
    add("Payment", payment.id, { label: `A payment for ${payment.milestone.title}`, href: `/admin/ledger#payment-${payment.id}` });
  for (const dispute of disputes) add("Dispute", dispute.id, { label: `Dispute on ${dispute.contract.title}`, href: `/admin/disputes#dispute-${dispute.id}` });
  // A discarded job is gone: its entries carry its kind, and the link is the jobs page.
  for (const row of rows.filter((entry) => entry.targetType === "TeamInvitation"))
    add("TeamInvitation", row.targetId, { label: "A team invitation", href: `/admin/audit-log?targetType=TeamInvitation&targetId=${row.targetId}` });
  for (const row of rows.filter((entry) => entry.targetType === "Job"))
    add("Job", row.targetId, { label: `A ${jobKindInAuditData(row.data) ?? "background"} job`, href: "/admin/jobs" });
  return targets;
}
