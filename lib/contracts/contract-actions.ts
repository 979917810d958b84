import type { ContractStatus, Role } from "@/generated/prisma/enums";

// Which buttons a viewer sees on a contract (its milestones' are in lib/milestones/milestone-actions.ts).
// The lib functions check the same rules again when a button is pressed; this only decides what to offer.

export type ContractActions = { accept: boolean; decline: boolean; withdraw: boolean; review: boolean; proposeChange: boolean; payBonus: boolean };

/** Mirrors lib/milestones/pay-bonus.ts: a bonus fits an active contract, or one completed at most 30 days ago. */
const BONUS_AFTER_COMPLETION_MS = 30 * 86_400_000;

/** `canReview` is lib/reviews' answer: either side, within the review window, once. */
type ContractState = { viewerRole: Role; contractStatus: ContractStatus; canReview: boolean; completedAt?: Date | null; now?: Date };

export function contractActions(options: ContractState): ContractActions {
  const { viewerRole, contractStatus, canReview, completedAt, now = new Date() } = options;
  const isProposal = contractStatus === "PROPOSED";
  const isRecentlyCompleted = contractStatus === "COMPLETED" && !!completedAt && now.getTime() - completedAt.getTime() <= BONUS_AFTER_COMPLETION_MS;
  return {
    accept: viewerRole === "EXPERT" && isProposal,
    decline: viewerRole === "EXPERT" && isProposal,
    withdraw: viewerRole === "CLIENT" && isProposal,
    review: (viewerRole === "CLIENT" || viewerRole === "EXPERT") && canReview,
    proposeChange: (viewerRole === "CLIENT" || viewerRole === "EXPERT") && contractStatus === "ACTIVE",
    payBonus: viewerRole === "CLIENT" && (contractStatus === "ACTIVE" || isRecentlyCompleted),
  };
}
