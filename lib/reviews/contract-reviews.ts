import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { clientSideWhere, expertSideWhere } from "@/lib/parties/sides";
import { can } from "@/lib/teams/permissions";
import { directionWrittenBy, sideOf, visibleReviewWhere } from "./sides";
import { REVIEW_WINDOW_SELECT, reviewWindowOf, windowContractOf } from "./window";

export type ContractReviews = Awaited<ReturnType<typeof readContractReviews>>;

/**
 * A contract's reviews as this viewer may see them: the window, each side's review when it is
 * published or is the viewer's own side's (an unpublished review of the other side is reported only as
 * "written", never its rating or words), and whether the viewer may write theirs now.
 */
export async function readContractReviews({ user, contractId, now }: { user: SessionUser; contractId: string; now: Date }) {
  const readable = user.role === "ADMIN" ? {} : user.role === "CLIENT" ? clientSideWhere(user, "view") : expertSideWhere(user);
  const contract = await db.contract.findFirst({
    where: { id: contractId, ...readable },
    select: {
      id: true,
      ...REVIEW_WINDOW_SELECT,
      reviews: {
        where: visibleReviewWhere(user),
        select: { id: true, direction: true, rating: true, text: true, createdAt: true, publishedAt: true, author: { select: { name: true } } },
      },
    },
  });
  if (!contract) throw notFound("Contract");
  // Whether the other side has written, without what: lets the page say "waiting for you".
  const writtenDirections = await db.review.findMany({ where: { contractId: contract.id }, select: { direction: true } });
  const window = reviewWindowOf(windowContractOf(contract), now);
  const side = sideOf(user);
  const ownDirection = side ? directionWrittenBy(side) : null;
  const viewOf = (direction: "CLIENT_TO_EXPERT" | "EXPERT_TO_CLIENT") => {
    const review = contract.reviews.find((row) => row.direction === direction);
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
