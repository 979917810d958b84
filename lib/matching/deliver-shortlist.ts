import { openShortlistConversations } from "@/lib/chat/open-shortlist-conversations";
import type { Transaction } from "@/lib/db";
import { notifyUsers } from "@/lib/notifications/notify";
import { nudgeExpertAboutPayouts } from "@/lib/payments/payout-readiness";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { closeOpenInvitations } from "./close-open-invitations";

/**
 * MATCHING → MATCHED: accepted experts become the shortlist and the client is told; invitations
 * still unanswered close, and their experts are thanked. Runs inside a transaction that holds the
 * request lock; returns false when another step delivered it first.
 */
export async function deliverShortlist(tx: Transaction, requestId: string, now: Date) {
  const { count } = await tx.hiringRequest.updateMany({
    where: { id: requestId, status: "MATCHING" },
    data: { status: "MATCHED", shortlistedAt: now },
  });
  if (!count) return false;
  const shortlisted = await tx.match.updateMany({ where: { requestId, status: "ACCEPTED" }, data: { status: "SHORTLISTED" } });
  const closed = await closeOpenInvitations(tx, requestId, now);
  await openShortlistConversations(tx, requestId, now);
  const request = await tx.hiringRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { title: true, createdById: true, company: { select: { name: true } } },
  });
  const unpayable = await tx.match.findMany({
    where: { requestId, status: "SHORTLISTED", expertProfile: { payoutsEnabled: false } },
    select: { expertProfileId: true },
  });
  for (const { expertProfileId } of unpayable) await nudgeExpertAboutPayouts(tx, { expertProfileId, companyName: request.company.name, now });
  await notifyUsers(tx, await companyRecipients(tx, { requestId }, ["manageRequests"]), {
    kind: "request.shortlisted",
    title: `Your shortlist is ready: ${request.title}`,
    body: `${shortlisted.count} vetted expert${shortlisted.count === 1 ? " has" : "s have"} accepted. See why each one was matched and start talking.`,
    link: `/client/requests/${requestId}`,
    dedupeKey: `shortlist:${requestId}`,
  });
  await notifyUsers(tx, closed.expertUserIds, {
    kind: "invitation.closed",
    title: `Invitation closed: ${request.title}`,
    body: "The client's shortlist is complete, so this invitation has closed and needs nothing more from you. Thank you for your time — you'll be considered for the next request that fits your skills.",
    link: "/expert/invitations",
    dedupeKey: `invitation-closed:${requestId}`,
  });
  return true;
}
