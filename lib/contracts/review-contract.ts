import { Prisma } from "@/generated/prisma/client";
import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { notifyUsers } from "@/lib/notifications/notify";
import { clientContractWhere } from "./access";
import type { ReviewInput } from "./schemas";

/** The client side rates the expert once the contract is completed, once per contract; matching reads the rating. */
export async function reviewContract({ user, contractId, input, now }: { user: SessionUser; contractId: string; input: ReviewInput; now: Date }) {
  const where = clientContractWhere(user, contractId);
  const { rating, text } = input;
  const contract = await db.contract.findFirst({
    where,
    select: { id: true, title: true, status: true, expertProfileId: true, expertProfile: { select: { userId: true } } },
  });
  if (!contract) throw notFound("Contract");
  if (contract.status !== "COMPLETED") throw conflict("You can review the expert once every milestone is settled and the contract is completed.");

  try {
    return await db.$transaction(async (tx) => {
      const review = await tx.review.create({
        data: { contractId: contract.id, expertProfileId: contract.expertProfileId, authorId: user.id, rating, text, createdAt: now },
        select: { id: true, rating: true, text: true, createdAt: true },
      });
      await tx.expertProfile.update({
        where: { id: contract.expertProfileId },
        data: { ratingCount: { increment: 1 }, ratingSum: { increment: rating } },
      });
      await notifyUsers(tx, [contract.expertProfile.userId], {
        kind: "contract.reviewed",
        title: `You were rated ${rating} of 5 for “${contract.title}”`,
        body: text ? `The client wrote: ${text}` : "The client left a rating without a comment.",
        link: `/contracts/${contract.id}`,
        dedupeKey: `contract-reviewed:${contract.id}`,
      });
      await recordAudit(tx, {
        actorId: user.id,
        companyId: companyOf(user),
        action: "contract.reviewed",
        targetType: "Contract",
        targetId: contract.id,
        data: { rating },
      });
      return review;
    });
  } catch (error) {
    // The unique contractId: of two reviews sent at once, one is stored.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw conflict("This contract has been reviewed already.");
    throw error;
  }
}
