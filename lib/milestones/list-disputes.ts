import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { DISPUTE_CONTRACT_SELECT, toDisputeContract } from "@/lib/disputes/dispute-contract";
import { assertAdmin } from "@/lib/payments/access";
import { SUBMISSIONS_SELECT, toSubmissionView } from "./milestone-timeline";

/** Disputes for the admin console: open ones first (oldest first), then the latest resolved; each milestone with its revision timeline. */
export async function listDisputes({ user }: { user: SessionUser }) {
  assertAdmin(user);
  const select = {
    id: true,
    status: true,
    reason: true,
    outcome: true,
    releaseCents: true,
    refundCents: true,
    resolutionNote: true,
    stripeDisputeId: true,
    createdAt: true,
    resolvedAt: true,
    openedBy: { select: { name: true, role: true } },
    contract: DISPUTE_CONTRACT_SELECT,
    milestone: { select: { id: true, title: true, amountCents: true, status: true, submissions: SUBMISSIONS_SELECT } },
  } as const;
  const [open, resolved] = await Promise.all([
    db.dispute.findMany({ where: { status: "OPEN" }, orderBy: { createdAt: "asc" }, take: 100, select }),
    db.dispute.findMany({ where: { status: "RESOLVED" }, orderBy: { resolvedAt: "desc" }, take: 50, select }),
  ]);
  const shape = ({ milestone, ...dispute }: (typeof open)[number]) => ({
    ...dispute,
    milestone: milestone && { ...milestone, submissions: milestone.submissions.map(toSubmissionView) },
    createdAt: dispute.createdAt.toISOString(),
    resolvedAt: dispute.resolvedAt?.toISOString() ?? null,
    contract: toDisputeContract(dispute.contract),
  });
  return { open: open.map(shape), resolved: resolved.map(shape) };
}
export type DisputeList = Awaited<ReturnType<typeof listDisputes>>;

/** The deliverables of a disputed milestone, every round, for the admin's case page. */
export async function disputeDeliverables({ user, milestoneId }: { user: SessionUser; milestoneId: string }) {
  assertAdmin(user);
  const milestone = await db.milestone.findUnique({ where: { id: milestoneId }, select: { submissions: SUBMISSIONS_SELECT } });
  return milestone ? milestone.submissions.map(toSubmissionView) : [];
}
