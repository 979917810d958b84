import type { ContractStatus, MilestoneStatus } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";

// Every legal status change of a contract and of a milestone. Code applies a change with the expected
// current status in the `where`, so of two concurrent attempts (a double click) only one wins.

export const CONTRACT_TRANSITIONS: Record<ContractStatus, readonly ContractStatus[]> = {
  PROPOSED: ["ACTIVE", "CANCELLED"],
  ACTIVE: ["COMPLETED", "DISPUTED", "CANCELLED"],
  DISPUTED: ["ACTIVE", "COMPLETED", "CANCELLED"],
  COMPLETED: [],
  CANCELLED: [],
};

export const MILESTONE_TRANSITIONS: Record<MilestoneStatus, readonly MilestoneStatus[]> = {
  PENDING: ["FUNDING"],
  // A failed or abandoned payment returns the milestone to PENDING.
  FUNDING: ["FUNDED", "PENDING"],
  FUNDED: ["SUBMITTED", "REFUNDED", "DISPUTED"],
  SUBMITTED: ["RELEASED", "CHANGES_REQUESTED", "DISPUTED"],
  CHANGES_REQUESTED: ["SUBMITTED", "DISPUTED", "REFUNDED"],
  // An admin resolves a dispute by releasing, refunding, or splitting (released with a partial refund).
  DISPUTED: ["RELEASED", "REFUNDED"],
  RELEASED: [],
  REFUNDED: [],
};

/** Milestones whose money has reached its final place: the contract completes when all are. */
export const SETTLED_MILESTONE_STATUSES: readonly MilestoneStatus[] = ["RELEASED", "REFUNDED"];
/** Milestones holding the client's money on the platform. */
export const HELD_MILESTONE_STATUSES: readonly MilestoneStatus[] = ["FUNDED", "SUBMITTED", "CHANGES_REQUESTED", "DISPUTED"];

const MILESTONE_WORDS: Record<MilestoneStatus, string> = {
  PENDING: "not funded yet",
  FUNDING: "waiting for its payment",
  FUNDED: "funded",
  SUBMITTED: "submitted for review",
  CHANGES_REQUESTED: "back with the expert for changes",
  RELEASED: "already released",
  REFUNDED: "already refunded",
  DISPUTED: "in dispute",
};

const CONTRACT_WORDS: Record<ContractStatus, string> = {
  PROPOSED: "a proposal",
  ACTIVE: "active",
  DISPUTED: "in dispute",
  COMPLETED: "completed",
  CANCELLED: "cancelled",
};

export const canChangeMilestone = (from: MilestoneStatus, to: MilestoneStatus) => MILESTONE_TRANSITIONS[from].includes(to);
export const canChangeContract = (from: ContractStatus, to: ContractStatus) => CONTRACT_TRANSITIONS[from].includes(to);

export function assertMilestoneTransition(from: MilestoneStatus, to: MilestoneStatus, action: string) {
  if (!canChangeMilestone(from, to)) throw new AppError("CONFLICT", `This milestone is ${MILESTONE_WORDS[from]}, so you cannot ${action} it.`);
}

export function assertContractTransition(from: ContractStatus, to: ContractStatus, action: string) {
  if (!canChangeContract(from, to)) throw new AppError("CONFLICT", `This contract is ${CONTRACT_WORDS[from]}, so you cannot ${action} it.`);
}

export const describeMilestoneStatus = (status: MilestoneStatus) => MILESTONE_WORDS[status];
