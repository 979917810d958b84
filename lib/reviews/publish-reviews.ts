import type { Transaction } from "@/lib/db";

/**
 * Publishes a contract's unpublished reviews, each once (the guard is `publishedAt: null`), and adds a
 * published client → expert rating to the expert's average, which matching and the profile read. The
 * caller holds the contract row's lock, so a second writer or a second run finds nothing left to publish.
 */
export async function publishReviews(tx: Transaction, contractId: string, now: Date) {
  const unpublished = await tx.review.findMany({
    where: { contractId, publishedAt: null },
    select: { id: true, direction: true, rating: true, expertProfileId: true },
  });
  let published = 0;
  for (const review of unpublished) {
    const { count } = await tx.review.updateMany({ where: { id: review.id, publishedAt: null }, data: { publishedAt: now } });
    if (count === 0) continue;
    published += 1;
    if (review.direction === "CLIENT_TO_EXPERT") {
      await tx.expertProfile.update({
        where: { id: review.expertProfileId },
        data: { ratingCount: { increment: 1 }, ratingSum: { increment: review.rating } },
      });
    }
  }
  return published;
}

/** Serialises writers, publishers and the window's close on one contract for the rest of the transaction. */
export async function lockContract(tx: Transaction, contractId: string) {
  await tx.$queryRaw`SELECT id FROM contracts WHERE id = ${contractId} FOR UPDATE`;
}
