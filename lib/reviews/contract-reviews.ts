import type { Prisma } from "@/generated/prisma/client";
import type { ReviewDirection } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { clientSideWhere, expertSideWhere } from "@/lib/parties/sides";
import { can } from "@/lib/teams/permissions";
import { directionWrittenBy, sideOf, visibleReviewWhere } from "./sides";
import { reviewWindowOf } from "./window";

export type ContractReviews = ReturnType<typeof contractReviewsOf>;

/**
 * What the reviews need of a contract row, for this viewer: its review window's fields and the
 * reviews the viewer may read. getContract selects it with the rest of the contract.
 */
export function contractReviewsSelect(user: SessionUser) {
  return {
    status: true,
    acceptedAt: true,
    completedAt: true,
    cancelledAt: true,
    reviewsClosedAt: true,
    _count: { select: { milestones: { where: { submittedAt: { not: null } } } } },
    reviews: {
      where: visibleReviewWhere(user),
      select: { id: true, direction: true, rating: true, text: true, createdAt: true, publishedAt: true, author: { select: { name: true } } },
    },
  } as const satisfies Prisma.ContractSelect;
}

type ReviewsRow = Prisma.ContractGetPayload<{ select: ReturnType<typeof contractReviewsSelect> }>;

/** Which sides have written a review of the contract, without what: lets the page say "waiting for you". */
export const writtenReviewDirections = (contractId: string) => db.review.findMany({ where: { contractId }, select: { direction: true } });

/**
 * A contract's reviews as this viewer may see them: the window, each side's review when it is
 * published or is the viewer's own side's (an unpublished review of the other side is reported only as
 * "written", never its rating or words), and whether the viewer may write theirs now.
 */
export async function readContractReviews({ user, contractId, now }: { user: SessionUser; contractId: string; now: Date }) {
  const readable = user.role === "ADMIN" ? {} : user.role === "CLIENT" ? clientSideWhere(user, "view") : expertSideWhere(user);
  // Both reads at once: the directions are only used once the first read found the contract for this viewer.
  const [contract, writtenDirections] = await Promise.all([
    db.contract.findFirst({ where: { id: contractId, ...readable }, select: contractReviewsSelect(user) }),
    writtenReviewDirections(contractId),
  ]);
  if (!contract) throw notFound("Contract");
  return contractReviewsOf({ user, contract, writtenDirections, now });
}

/** The reviews of a contract row the viewer was found to read, selected with contractReviewsSelect. */
export function contractReviewsOf({
  user,
  contract,
  writtenDirections,
  now,
}: {
  user: SessionUser;
  contract: ReviewsRow;
  writtenDirections: { direction: ReviewDirection }[];
  now: Date;
}) {
  const { _count, reviews, ...windowFields } = contract;
  const window = reviewWindowOf({ ...windowFields, hasSubmittedWork: _count.milestones > 0 }, now);
  const side = sideOf(user);
  const ownDirection = side ? directionWrittenBy(side) : null;
  const viewOf = (direction: "CLIENT_TO_EXPERT" | "EXPERT_TO_CLIENT") => {
    const review = reviews.find((row) => row.direction === direction);
    if (!review) return { isWritten: writtenDirections.some((row) => row.direction === direction), review: null };
    const { author, ...fields } = review;
    return { isWritten: true, review: { ...fields, authorName: author.name } };
  };
  const byClient = viewOf("CLIENT_TO_EXPERT");
  const byExpert = viewOf("EXPERT_TO_CLIENT");
  const ownIsWritten = ownDirection ? writtenDirections.some((row) => row.direction === ownDirection) : true;
  const mayWriteAsSide = side === "EXPERT" || (side === "CLIENT" && can(user, "manageContracts"));
  return {
    window: window && { opensAt: window.opensAt, closesAt: window.closesAt, isOpen: window.isOpen },
    byClient,
    byExpert,
    canWrite: Boolean(window?.isOpen) && mayWriteAsSide && !ownIsWritten,
  };
}
