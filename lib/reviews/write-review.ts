import { Prisma } from "@/generated/prisma/client";
import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { notifyUsers } from "@/lib/notifications/notify";
import { partiesOfContract, reviewWrittenWording } from "@/lib/notifications/party-messages";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { lockContract, publishReviews } from "./publish-reviews";
import type { ReviewInput } from "./schemas";
import { directionWrittenBy, reviewerContractWhere } from "./sides";
import { REVIEW_WINDOW_SELECT, reviewWindowOf, windowContractOf } from "./window";

/**
 * One side of an ended contract reviews the other, once, within the review window. The review stays
 * hidden from the other side until theirs is written too (both are published at once) or the window
 * closes. The contract row's lock orders two sides writing at the same moment and the window's close.
 */
export async function writeReview({ user, contractId, input, now }: { user: SessionUser; contractId: string; input: ReviewInput; now: Date }) {
  const { side, where } = reviewerContractWhere(user, contractId);
  const contract = await db.contract.findFirst({
    where,
    select: { id: true, title: true, companyId: true, expertProfileId: true, expertProfile: { select: { userId: true } }, ...REVIEW_WINDOW_SELECT },
  });
  if (!contract) throw notFound("Contract");
  const window = reviewWindowOf(windowContractOf(contract), now);
  if (!window) throw conflict("Reviews open once the contract has ended with work delivered.");
  if (!window.isOpen) throw conflict(`The review window for this contract closed on ${formatDate(window.closesAt)}.`);

  const direction = directionWrittenBy(side);
  try {
    return await db.$transaction(async (tx) => {
      await lockContract(tx, contract.id);
      const closed = await tx.contract.findUniqueOrThrow({ where: { id: contract.id }, select: { reviewsClosedAt: true } });
      if (closed.reviewsClosedAt) throw conflict(`The review window for this contract closed on ${formatDate(closed.reviewsClosedAt)}.`);
      const review = await tx.review.create({
        data: {
          contractId: contract.id,
          direction,
          expertProfileId: contract.expertProfileId,
          companyId: contract.companyId,
          authorId: user.id,
          rating: input.rating,
          text: input.text,
          createdAt: now,
        },
        select: { id: true },
      });
      const reviewCount = await tx.review.count({ where: { contractId: contract.id } });
      const isPublished = reviewCount === 2 && (await publishReviews(tx, contract.id, now)) > 0;
      const otherSide = side === "CLIENT" ? [contract.expertProfile.userId] : await companyRecipients(tx, { contractId: contract.id }, ["manageContracts"]);
      const link = `/contracts/${contract.id}`;
      if (isPublished) {
        const ownSide = side === "CLIENT" ? await companyRecipients(tx, { contractId: contract.id }, ["manageContracts"]) : [user.id];
        await notifyUsers(tx, [...new Set([...otherSide, ...ownSide])], {
          kind: "review.published",
          title: `Reviews for “${contract.title}” are published`,
          body: "Both sides have written their review, so each can now read the other's.",
          link,
          dedupeKey: `review-published:${contract.id}`,
        });
      } else {
        const reader = side === "CLIENT" ? "EXPERT" : "CLIENT";
        const wording = reviewWrittenWording(reader, {
          ...(await partiesOfContract(tx, contract.id)),
          contractTitle: contract.title,
          closesOn: formatDate(window.closesAt),
        });
        await notifyUsers(tx, otherSide, { kind: "review.written", ...wording, link, dedupeKey: `review-written:${review.id}` });
      }
      await recordAudit(tx, {
        actorId: user.id,
        companyId: companyOf(user),
        action: "contract.reviewed",
        targetType: "Contract",
        targetId: contract.id,
        data: { rating: input.rating, direction },
      });
      return { id: review.id, direction, rating: input.rating, text: input.text, createdAt: now, isPublished };
    });
  } catch (error) {
    // The unique (contractId, direction): of two reviews of one side sent at once, one is stored.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw conflict("Your side has reviewed this contract already.");
    throw error;
  }
}
