import type { MilestoneStatus } from "@/generated/prisma/enums";

// Where a milestone's money is, by the milestone's status.

/** Milestones whose money has reached its final place: the contract completes when all are. */
export const SETTLED_MILESTONE_STATUSES: readonly MilestoneStatus[] = ["RELEASED", "REFUNDED"];
/** Milestones holding the client's money on the platform. */
export const HELD_MILESTONE_STATUSES: readonly MilestoneStatus[] = ["FUNDED", "SUBMITTED", "CHANGES_REQUESTED", "DISPUTED"];
