import type { Transaction } from "@/lib/db";

/**
 * INVITED → EXPIRED for every invitation of a request that has stopped matching (shortlist
 * delivered, request cancelled), in the transaction that stops it. They expire now, so no row shows
 * an expiry still to come, and their expiry timers later find nothing to do. Returns the experts
 * whose invitation this closed, for the caller to tell.
 */
export async function closeOpenInvitations(tx: Transaction, requestId: string, now: Date) {
  const closed = await tx.match.updateManyAndReturn({
    where: { requestId, status: "INVITED" },
    data: { status: "EXPIRED", expiresAt: now },
    select: { expertProfile: { select: { userId: true } } },
  });
  return { count: closed.length, expertUserIds: closed.map((match) => match.expertProfile.userId) };
}
