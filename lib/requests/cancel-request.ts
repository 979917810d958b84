import type { RequestStatus } from "@/generated/prisma/enums";
import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { CANCELLED_PROPOSAL } from "@/lib/contracts/cancel-proposal";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { closeRequestInterviews } from "@/lib/interviews/close-interviews";
import { closeOpenInvitations } from "@/lib/matching/close-open-invitations";
import { lockRequest } from "@/lib/matching/lock-request";
import { assertRequestTransition } from "@/lib/matching/transitions";
import { notifyUsers } from "@/lib/notifications/notify";
import { assertClient, ownRequestWhere } from "./access";

/**
 * A company member cancels a draft, or a request being matched or already matched. Open
 * invitations expire at once, open contract proposals are withdrawn, open interviews are cancelled
 * (out of both calendars); experts who were invited, accepted or shortlisted are told.
 * The matching timers still fire later and find nothing to do.
 */
export async function cancelRequest(options: { user: SessionUser; requestId: string; now: Date }) {
  const { user, requestId, now } = options;
  assertClient(user, "manageRequests");
  const owned = await db.hiringRequest.findFirst({ where: ownRequestWhere(user, requestId, "manageRequests"), select: { id: true } });
  if (!owned) throw notFound("Request");

  return db.$transaction(async (tx) => {
    const status = (await lockRequest(tx, requestId)) as RequestStatus | null;
    if (!status) throw notFound("Request");
    assertRequestTransition(status, "CANCELLED");
    const { count } = await tx.hiringRequest.updateMany({
      where: { id: requestId, status },
      data: { status: "CANCELLED", cancelledAt: now },
    });
    if (!count) throw new AppError("CONFLICT", "This request changed while you were cancelling it. Reload and try again.");

    const toldExperts = await tx.match.findMany({
      where: { requestId, status: { in: ["INVITED", "ACCEPTED", "SHORTLISTED"] } },
      select: { expertProfile: { select: { userId: true } } },
    });
    const expired = await closeOpenInvitations(tx, requestId, now);
    await tx.contract.updateMany({ where: { requestId, status: "PROPOSED" }, data: CANCELLED_PROPOSAL(now) });
    await closeRequestInterviews(tx, requestId, { why: "REQUEST_CANCELLED" }, now);
    const request = await tx.hiringRequest.findUniqueOrThrow({ where: { id: requestId }, select: { title: true } });
    await notifyUsers(
      tx,
      toldExperts.map((match) => match.expertProfile.userId),
      {
        kind: "request.cancelled",
        title: `Request cancelled: ${request.title}`,
        body: "The client cancelled this request, so there is nothing more to do for it. Thank you for your time.",
        dedupeKey: `cancelled:${requestId}`,
      },
    );
    await recordAudit(tx, {
      actorId: user.id,
      companyId: companyOf(user),
      action: "request.cancelled",
      targetType: "HiringRequest",
      targetId: requestId,
      data: { from: status, expiredInvitations: expired.count },
    });
    return { id: requestId, status: "CANCELLED" as const, cancelledAt: now, expiredInvitations: expired.count };
  });
}
