import type { Prisma } from "@/generated/prisma/client";
import type { ContractStatus } from "@/generated/prisma/enums";
import { env } from "@/lib/env";

// When the two sides of a contract may review each other. A contract opens its review window when it
// ends with work done: COMPLETED, or CANCELLED after it was accepted and at least one milestone was
// handed in (a proposal declined or withdrawn, or a contract cancelled before any work, has nothing to
// review). The window lasts REVIEW_WINDOW_DAYS; reminders go out on days 7 and 12 to a side that has
// not written yet (those within the window).

const DAY_MS = 24 * 60 * 60 * 1000;
export const REVIEW_REMINDER_DAYS = [7, 12] as const;

export type ReviewWindowContract = {
  status: ContractStatus;
  acceptedAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
  hasSubmittedWork: boolean;
};

export const reviewWindowDays = () => env().REVIEW_WINDOW_DAYS;

/**
 * The moment the contract ended with work to review, or null. When contracts gain an explicit end
 * (`endedAt`), it belongs here first; endedBeforeWhere below mirrors this rule in SQL.
 */
export function reviewWindowOpensAt(contract: ReviewWindowContract): Date | null {
  if (contract.status === "COMPLETED") return contract.completedAt;
  if (contract.status === "CANCELLED" && contract.acceptedAt && contract.hasSubmittedWork) return contract.cancelledAt;
  return null;
}

export function reviewWindowOf(contract: ReviewWindowContract & { reviewsClosedAt: Date | null }, now: Date) {
  const opensAt = reviewWindowOpensAt(contract);
  if (!opensAt) return null;
  const closesAt = new Date(opensAt.getTime() + reviewWindowDays() * DAY_MS);
  const isOpen = contract.reviewsClosedAt === null && now.getTime() < closesAt.getTime();
  return { opensAt, closesAt, isOpen };
}

/** Contracts whose review window opened at or before `cutoff` (reviewWindowOpensAt, as a `where`). */
export function endedBeforeWhere(cutoff: Date): Prisma.ContractWhereInput {
  return {
    OR: [
      { status: "COMPLETED", completedAt: { lte: cutoff } },
      { status: "CANCELLED", acceptedAt: { not: null }, cancelledAt: { lte: cutoff }, milestones: { some: { submittedAt: { not: null } } } },
    ],
  };
}

export const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** What reviewWindowOf needs of a contract row. */
export const REVIEW_WINDOW_SELECT = {
  status: true,
  acceptedAt: true,
  completedAt: true,
  cancelledAt: true,
  reviewsClosedAt: true,
  milestones: { where: { submittedAt: { not: null } }, select: { id: true }, take: 1 },
} as const satisfies Prisma.ContractSelect;

export function windowContractOf(row: Prisma.ContractGetPayload<{ select: typeof REVIEW_WINDOW_SELECT }>) {
  const { milestones, ...contract } = row;
  return { ...contract, hasSubmittedWork: milestones.length > 0 };
}
