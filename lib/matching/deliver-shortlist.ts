import type { Transaction } from "@/lib/db";
import { openShortlistConversations } from "@/lib/chat/open-shortlist-conversations";
import { notifyUsers } from "@/lib/notifications/notify";

/**
 * MATCHING → MATCHED: accepted experts become the shortlist and the client is told. Runs inside a
 * transaction that holds the request lock; returns false when another step delivered it first.
 */
export async function deliverShortlist(tx: Transaction, requestId: string, now: Date) {
  const { count } = await tx.hiringRequest.updateMany({
    where: { id: requestId, status: "MATCHING" },
    data: { status: "MATCHED", shortlistedAt: now },
  });
  if (!count) return false;
  const shortlisted = await tx.match.updateMany({ where: { requestId, status: "ACCEPTED" }, data: { status: "SHORTLISTED" } });
  await openShortlistConversations(tx, requestId, now);
  const request = await tx.hiringRequest.findUniqueOrThrow({ where: { id: requestId }, select: { title: true, createdById: true } });
  await notifyUsers(tx, [request.createdById], {
    kind: "request.shortlisted",
    title: `Your shortlist is ready: ${request.title}`,
    body: `${shortlisted.count} vetted expert${shortlisted.count === 1 ? " has" : "s have"} accepted. See why each one was matched and start talking.`,
    link: `/client/requests/${requestId}`,
    dedupeKey: `shortlist:${requestId}`,
  });
  return true;
}
