import type { MilestoneStatus } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";

// Every legal status change of a milestone. Code applies a change with the expected current status in
// the `where`, so of two concurrent attempts (a double click) only one wins.

export const MILESTONE_TRANSITIONS: Record<MilestoneStatus, readonly MilestoneStatus[]> = {
  PENDING: ["FUNDING"],
  // A failed or abandoned payment returns the milestone to PENDING.
  FUNDING: ["FUNDED", "PENDING"],
  // An hourly week's milestone is billed after its hours were approved: it is released once funded.
  FUNDED: ["SUBMITTED", "REFUNDED", "DISPUTED", "RELEASED"],
  // A trial the client ends as not the right fit refunds submitted work too (the platform pays the expert).
  SUBMITTED: ["RELEASED", "CHANGES_REQUESTED", "DISPUTED", "REFUNDED"],
  CHANGES_REQUESTED: ["SUBMITTED", "DISPUTED", "REFUNDED"],
  // An admin resolves a dispute by releasing, refunding, or splitting (released with a partial refund).
  DISPUTED: ["RELEASED", "REFUNDED"],
  RELEASED: [],
  REFUNDED: [],
};

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

export const canChangeMilestone = (from: MilestoneStatus, to: MilestoneStatus) => MILESTONE_TRANSITIONS[from].includes(to);

export function assertMilestoneTransition(from: MilestoneStatus, to: MilestoneStatus, action: string) {
  if (!canChangeMilestone(from, to)) throw new AppError("CONFLICT", `This milestone is ${MILESTONE_WORDS[from]}, so you cannot ${action} it.`);
}

export const describeMilestoneStatus = (status: MilestoneStatus) => MILESTONE_WORDS[status];
