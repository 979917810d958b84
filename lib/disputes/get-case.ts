import type { Prisma } from "@/generated/prisma/client";
import type { DisputeSide } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { ATTACHED_FILES } from "@/lib/files/attached-files";
import { toFileSummary } from "@/lib/files/serialize";
import { caseScope, caseWhere, otherSide } from "./access";
import { DISPUTE_CATEGORY_LABEL } from "./categories";
import { DISPUTE_CONTRACT_SELECT, toDisputeContract } from "./dispute-contract";
import { caseTimeline } from "./timeline";

const CASE_SELECT = {
  id: true,
  status: true,
  reason: true,
  category: true,
  openerSide: true,
  stripeDisputeId: true,
  createdAt: true,
  responseDueAt: true,
  respondedAt: true,
  readyForDecisionAt: true,
  outcome: true,
  releaseCents: true,
  refundCents: true,
  resolutionNote: true,
  resolvedAt: true,
  openedBy: { select: { name: true } },
  resolvedBy: { select: { name: true } },
  milestone: { select: { id: true, title: true, kind: true, amountCents: true, releasedCents: true, status: true } },
  contract: DISPUTE_CONTRACT_SELECT,
  entries: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }] as Prisma.DisputeEntryOrderByWithRelationInput[],
    select: { id: true, kind: true, side: true, text: true, links: true, createdAt: true, author: { select: { name: true } }, files: ATTACHED_FILES },
  },
} as const;

/** A dispute case as its parties and admins read it: both sides' statements and evidence, the deadline, the timeline and the decision. */
export async function getDisputeCase({ user, disputeId }: { user: SessionUser; disputeId: string }) {
  const dispute = await db.dispute.findFirst({ where: caseWhere(user, disputeId), select: CASE_SELECT });
  if (!dispute) throw notFound("Dispute");
  return toCaseView(dispute, user);
}

/** The open case of a contract, or else its latest decided one, for the contract's page; null when it has none the user may see. */
export async function getContractCase({ user, contractId }: { user: SessionUser; contractId: string }) {
  const scope = caseScope(user);
  if (!scope) return null;
  const dispute = await db.dispute.findFirst({
    where: { ...scope, contractId, openerSide: { not: null } },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    select: CASE_SELECT,
  });
  return dispute ? toCaseView(dispute, user) : null;
}

type CaseRow = Prisma.DisputeGetPayload<{ select: typeof CASE_SELECT }>;

function toCaseView(dispute: CaseRow, user: SessionUser) {
  const viewerSide: DisputeSide | "ADMIN" = user.role === "CLIENT" ? "CLIENT" : user.role === "EXPERT" ? "EXPERT" : "ADMIN";
  const isOpenCase = dispute.status === "OPEN" && dispute.openerSide !== null;
  const isViewerParty = viewerSide !== "ADMIN";
  const respondingSide = dispute.openerSide && otherSide(dispute.openerSide);
  return {
    id: dispute.id,
    status: dispute.status,
    category: dispute.category,
    categoryLabel: dispute.category ? DISPUTE_CATEGORY_LABEL[dispute.category] : null,
    reason: dispute.reason,
    isChargeback: dispute.stripeDisputeId !== null,
    openerSide: dispute.openerSide,
    respondingSide,
    openedByName: dispute.openedBy?.name ?? null,
    createdAt: dispute.createdAt.toISOString(),
    responseDueAt: dispute.responseDueAt?.toISOString() ?? null,
    respondedAt: dispute.respondedAt?.toISOString() ?? null,
    readyForDecisionAt: dispute.readyForDecisionAt?.toISOString() ?? null,
    decision:
      dispute.status === "RESOLVED"
        ? {
            outcome: dispute.outcome,
            releaseCents: dispute.releaseCents ?? 0,
            refundCents: dispute.refundCents ?? 0,
            reasoning: dispute.resolutionNote ?? "",
            decidedByName: dispute.resolvedBy?.name ?? null,
            decidedAt: dispute.resolvedAt?.toISOString() ?? null,
          }
        : null,
    viewerSide,
    canRespond: isOpenCase && isViewerParty && viewerSide === respondingSide && dispute.respondedAt === null,
    canAddEvidence: isOpenCase && isViewerParty,
    milestone: dispute.milestone,
    contract: toDisputeContract(dispute.contract),
    entries: dispute.entries
      .filter((entry) => entry.kind === "OPENING" || entry.kind === "RESPONSE" || entry.kind === "EVIDENCE")
      .map((entry) => ({
        id: entry.id,
        kind: entry.kind,
        side: entry.side,
        authorName: entry.author?.name ?? "Deleted user",
        text: entry.text,
        links: entry.links,
        files: entry.files.map(toFileSummary),
        createdAt: entry.createdAt.toISOString(),
      })),
    timeline: caseTimeline(dispute),
  };
}

export type DisputeCase = ReturnType<typeof toCaseView>;
