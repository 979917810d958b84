import { Prisma } from "@/generated/prisma/client";
import type { MatchStatus, RequestStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { type MatchingConfig, matchingConfig } from "./config";
import { deliverShortlist } from "./deliver-shortlist";
import { lockRequest } from "./lock-request";
import { scheduleInviteRound } from "./schedule-matching";
import type { InvitationResponse } from "./schemas";

/**
 * An expert accepts or declines their own invitation before it expires, while the request is still
 * matching. The third acceptance delivers the shortlist (closing the invitations still open); a
 * decline schedules a back-fill.
 */
export async function respondToInvitation(options: { user: SessionUser; matchId: string; response: InvitationResponse; now: Date; config?: MatchingConfig }) {
  const { user, matchId, response, now } = options;
  const config = options.config ?? matchingConfig();
  if (user.role !== "EXPERT") throw new AppError("FORBIDDEN", "Only experts answer invitations.");
  const match = await db.match.findFirst({
    where: { id: matchId, expertProfile: { userId: user.id } },
    select: { id: true, requestId: true, expertProfileId: true, invitedAt: true },
  });
  if (!match) throw notFound("Invitation");

  return db.$transaction(async (tx) => {
    const requestStatus = await lockRequest(tx, match.requestId);
    const isAccept = response.decision === "ACCEPT";
    const { count } = await tx.match.updateMany({
      where: { id: matchId, status: "INVITED", expiresAt: { gt: now }, request: { status: "MATCHING" } },
      data: isAccept
        ? { status: "ACCEPTED", respondedAt: now, responseNote: response.note ?? null }
        : { status: "DECLINED", respondedAt: now, declineReason: response.reason },
    });
    if (!count) {
      const current = await tx.match.findUniqueOrThrow({ where: { id: matchId }, select: { status: true } });
      throw new AppError("CONFLICT", whyUnanswerable(current.status, requestStatus));
    }
    await recordResponseTime(tx, match.expertProfileId);
    if (!isAccept) {
      await scheduleInviteRound(tx, match.requestId, now);
      return { status: "DECLINED" as const };
    }
    const accepted = await tx.match.count({ where: { requestId: match.requestId, status: "ACCEPTED" } });
    if (accepted >= config.shortlistSize) await deliverShortlist(tx, match.requestId, now);
    return { status: "ACCEPTED" as const };
  });
}

function whyUnanswerable(matchStatus: MatchStatus, requestStatus: RequestStatus | null) {
  if (matchStatus !== "INVITED" && matchStatus !== "EXPIRED") return `You already answered this invitation (${matchStatus.toLowerCase()}).`;
  if (requestStatus === "MATCHING") return "This invitation has expired.";
  if (requestStatus === "CANCELLED") return "This invitation has closed: the client cancelled the request.";
  return "This invitation has closed: the client's shortlist is complete.";
}

/** Answer rate and median response time feed the responsiveness term of matching. */
async function recordResponseTime(tx: Prisma.TransactionClient, expertProfileId: string) {
  await tx.$executeRaw(Prisma.sql`
    UPDATE expert_profiles SET
      "invitationsAnswered" = "invitationsAnswered" + 1,
      "medianResponseMinutes" = (
        SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ("respondedAt" - "invitedAt")) / 60))::int
        FROM matches WHERE "expertProfileId" = ${expertProfileId} AND "respondedAt" IS NOT NULL
      )
    WHERE id = ${expertProfileId}`);
}
