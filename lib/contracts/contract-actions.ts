import type { ContractStatus, Role } from "@/generated/prisma/enums";

// Which buttons a viewer sees on a contract (its milestones' are in lib/milestones/milestone-actions.ts).
// The lib functions check the same rules again when a button is pressed; this only decides what to offer.

export type ContractActions = { accept: boolean; decline: boolean; withdraw: boolean; review: boolean };

/** `canReview` is lib/reviews' answer: either side, within the review window, once. */
export function contractActions(options: { viewerRole: Role; contractStatus: ContractStatus; canReview: boolean }): ContractActions {
  const { viewerRole, contractStatus, canReview } = options;
  const isProposal = contractStatus === "PROPOSED";
  return {
    accept: viewerRole === "EXPERT" && isProposal,
    decline: viewerRole === "EXPERT" && isProposal,
    withdraw: viewerRole === "CLIENT" && isProposal,
    review: (viewerRole === "CLIENT" || viewerRole === "EXPERT") && canReview,
  };
}
