import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { milestoneDocuments } from "@/lib/invoices/contract-documents";
import { milestoneActions } from "@/lib/milestones/milestone-actions";
import { SUBMISSIONS_SELECT, toSubmissionView } from "@/lib/milestones/milestone-timeline";
import { splitRelease } from "@/lib/payments/fees";
import { moneySummary } from "@/lib/payments/money-summary";
import { readableContractWhere } from "./access";
import { contractActions } from "./contract-actions";
import { contractActionsFor, milestoneActionsFor } from "./role-actions";

export type ContractDetail = Awaited<ReturnType<typeof getContract>>;
export type MilestoneDetail = ContractDetail["milestones"][number];

const linksSchema = z.array(z.string()).catch([]);

const MILESTONE_SELECT = {
  id: true,
  position: true,
  title: true,
  description: true,
  amountCents: true,
  dueDate: true,
  status: true,
  fundingFailureReason: true,
  submissionNote: true,
  submissionLinks: true,
  changesRequestedNote: true,
  fundedAt: true,
  submittedAt: true,
  autoReleaseAt: true,
  releasedAt: true,
  refundedAt: true,
  disputes: {
    orderBy: { createdAt: "desc" },
    take: 1,
    select: { status: true, reason: true, outcome: true, resolutionNote: true, createdAt: true, resolvedAt: true, openedBy: { select: { name: true } } },
  },
  submissions: SUBMISSIONS_SELECT,
} as const satisfies Prisma.MilestoneSelect;

type MilestoneRow = Prisma.MilestoneGetPayload<{ select: typeof MILESTONE_SELECT }>;

/**
 * One contract as its viewer may see it: the parties by name (no emails), each milestone with the
 * fee, what the expert receives and its revision timeline, the money from the ledger, and the
 * buttons this viewer gets.
 */
export async function getContract({ user, contractId }: { user: SessionUser; contractId: string }) {
  const contract = await db.contract.findFirst({
    where: { id: contractId, ...readableContractWhere(user) },
    select: {
      id: true,
      title: true,
      status: true,
      currency: true,
      totalCents: true,
      platformFeeBps: true,
      billing: true,
      hourlyRateCents: true,
      weeklyCapMinutes: true,
      weekTimeZone: true,
      proposedAt: true,
      acceptedAt: true,
      completedAt: true,
      cancelledAt: true,
      requestId: true,
      companyId: true,
      expertProfileId: true,
      request: { select: { title: true } },
      company: { select: { name: true } },
      clientUser: { select: { name: true } },
      expertProfile: { select: { headline: true, payoutsEnabled: true, user: { select: { name: true } } } },
      // Hourly weeks and bonuses are billed as milestone rows too, but shown in their own sections.
      milestones: { where: { kind: "FIXED" }, orderBy: { position: "asc" }, select: MILESTONE_SELECT },
      review: { select: { rating: true, text: true, createdAt: true, author: { select: { name: true } } } },
    },
  });
  if (!contract) throw notFound("Contract");

  const [money, conversation, documents] = await Promise.all([
    moneySummary(contract),
    // The shortlist conversation with this expert carries on as the contract's, also for a declined proposal.
    db.conversation.findFirst({
      where: {
        OR: [{ contractId: contract.id }, { match: { requestId: contract.requestId, expertProfileId: contract.expertProfileId } }],
        participants: { some: { userId: user.id } },
      },
      select: { id: true },
    }),
    milestoneDocuments(user, contract),
  ]);
  const { expertProfile, milestones, review } = contract;
  const viewerRole = user.role;
  return {
    id: contract.id,
    title: contract.title,
    status: contract.status,
    currency: contract.currency,
    totalCents: contract.totalCents,
    platformFeeBps: contract.platformFeeBps,
    billing: contract.billing,
    hourly:
      contract.billing === "HOURLY" && contract.hourlyRateCents !== null && contract.weeklyCapMinutes !== null && contract.weekTimeZone !== null
        ? { hourlyRateCents: contract.hourlyRateCents, weeklyCapMinutes: contract.weeklyCapMinutes, weekTimeZone: contract.weekTimeZone }
        : null,
    proposedAt: contract.proposedAt,
    acceptedAt: contract.acceptedAt,
    completedAt: contract.completedAt,
    cancelledAt: contract.cancelledAt,
    viewerRole,
    request: { id: contract.requestId, title: contract.request.title },
    parties: {
      companyName: contract.company.name,
      clientName: contract.clientUser.name,
      expert: {
        profileId: contract.expertProfileId,
        name: expertProfile.user.name,
        headline: expertProfile.headline,
        payoutsEnabled: expertProfile.payoutsEnabled,
      },
    },
    milestones: milestones.map(({ disputes, submissionLinks, submissions, ...milestone }) => {
      const { feeCents, transferCents } = splitRelease(milestone.amountCents, contract.platformFeeBps);
      const [dispute] = disputes;
      return {
        ...milestone,
        feeCents,
        expertReceivesCents: transferCents,
        submissionLinks: linksSchema.parse(submissionLinks),
        submissions: submissions.map(toSubmissionView),
        dispute: dispute ? toDispute(dispute) : null,
        /** Its receipts and credit notes, for owners, finance members and admins only. */
        documents: documents.get(milestone.id) ?? [],
        actions: milestoneActionsFor(
          user,
          milestoneActions({ viewerRole, contractStatus: contract.status, milestoneStatus: milestone.status, isExpertPayable: expertProfile.payoutsEnabled }),
        ),
      };
    }),
    money,
    conversationId: conversation?.id ?? null,
    review: review ? { rating: review.rating, text: review.text, createdAt: review.createdAt, authorName: review.author.name } : null,
    actions: contractActionsFor(user, contractActions({ viewerRole, contractStatus: contract.status, hasReview: review !== null })),
  };
}

function toDispute({ openedBy, ...dispute }: MilestoneRow["disputes"][number]) {
  return { ...dispute, openedByName: openedBy?.name ?? null };
}
