import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { milestoneDocuments } from "@/lib/invoices/contract-documents";
import { milestoneActions } from "@/lib/milestones/milestone-actions";
import { SUBMISSIONS_SELECT, toSubmissionView } from "@/lib/milestones/milestone-timeline";
import { splitRelease } from "@/lib/payments/fees";
import { moneySummary } from "@/lib/payments/money-summary";
import { contractReviewsOf, contractReviewsSelect, writtenReviewDirections } from "@/lib/reviews/contract-reviews";
import { readableContractWhere } from "./access";
import { contractActions } from "./contract-actions";
import { endingView, endRefundView } from "./ending-view";
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
  releasedCents: true,
  kind: true,
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
  endRefundRequest: { select: { status: true, consentDeadline: true, isAgreedBySilence: true } },
} as const satisfies Prisma.MilestoneSelect;

type MilestoneRow = Prisma.MilestoneGetPayload<{ select: typeof MILESTONE_SELECT }>;

/**
 * One contract as its viewer may see it: the parties by name (no emails), each milestone with the
 * fee, what the expert receives and its revision timeline, the money from the ledger, and the
 * buttons this viewer gets.
 */
export async function getContract({ user, contractId, now = clockNow() }: { user: SessionUser; contractId: string; now?: Date }) {
  const contract = await db.contract.findFirst({
    where: { id: contractId, ...readableContractWhere(user) },
    select: {
      // The reviews' window and the reviews this viewer may read, with the contract (no second read of it).
      ...contractReviewsSelect(user),
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
      trialEndsAt: true,
      endedAt: true,
      endReason: true,
      endNote: true,
      isEndedInTrial: true,
      replacementRequestedAt: true,
      endedBy: { select: { name: true } },
      trialPayout: { select: { amountCents: true, status: true } },
      requestId: true,
      companyId: true,
      expertProfileId: true,
      request: { select: { title: true, status: true } },
      company: { select: { name: true } },
      clientUser: { select: { name: true } },
      expertProfile: { select: { headline: true, payoutsEnabled: true, user: { select: { name: true } } } },
      // Hourly weeks are billed as milestone rows too, but listed with their week (lib/timesheets); bonuses
      // come with the milestones, each with its kind, and have their own section on the page.
      milestones: { where: { kind: { in: ["FIXED", "BONUS"] } }, orderBy: { position: "asc" }, select: MILESTONE_SELECT },
    },
  });
  if (!contract) throw notFound("Contract");

  const [money, conversation, documents, writtenDirections] = await Promise.all([
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
    writtenReviewDirections(contract.id),
  ]);
  const reviews = contractReviewsOf({ user, contract, writtenDirections, now: clockNow() });
  const { expertProfile, milestones } = contract;
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
    ending: endingView(user, contract, now),
    milestones: milestones.map(({ disputes, submissionLinks, submissions, endRefundRequest, ...milestone }) => {
      const { feeCents, transferCents } = splitRelease(milestone.amountCents, contract.platformFeeBps);
      const [dispute] = disputes;
      return {
        ...milestone,
        feeCents,
        expertReceivesCents: transferCents,
        submissionLinks: linksSchema.parse(submissionLinks),
        submissions: submissions.map(toSubmissionView),
        dispute: dispute ? toDispute(dispute) : null,
        endRefund: endRefundView(user, endRefundRequest, now),
        /** Its receipts and credit notes, for owners, finance members and admins only. */
        documents: documents.get(milestone.id) ?? [],
        actions: milestoneActionsFor(
          user,
          milestoneActions({
            viewerRole,
            contractStatus: contract.status,
            milestoneStatus: milestone.status,
            kind: milestone.kind,
            isExpertPayable: expertProfile.payoutsEnabled,
            isContractEnded: contract.endedAt !== null,
          }),
        ),
      };
    }),
    money,
    conversationId: conversation?.id ?? null,
    /** Double-blind: the other side's review only once published (lib/reviews). */
    reviews,
    actions: contractActionsFor(
      user,
      contractActions({ viewerRole, contractStatus: contract.status, canReview: reviews.canWrite, completedAt: contract.completedAt, now: clockNow() }),
    ),
  };
}

function toDispute({ openedBy, ...dispute }: MilestoneRow["disputes"][number]) {
  return { ...dispute, openedByName: openedBy?.name ?? null };
}
