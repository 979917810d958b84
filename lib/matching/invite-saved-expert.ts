import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { enqueueJobs } from "@/lib/jobs/queue";
import { notifyUsers } from "@/lib/notifications/notify";
import { memberOfCompany } from "@/lib/parties/sides";
import { assertCan } from "@/lib/teams/assert-can";
import { type MatchingConfig, matchingConfig } from "./config";
import { lockRequest } from "./lock-request";

/**
 * The client invites one of the company's saved experts to a request still matching. It is an
 * ordinary invitation (INVITED, expiring after MATCH_INVITATION_TTL_MS, its expiry timer queued): the
 * expert opts in by accepting it, and an acceptance counts toward the shortlist like any other. An
 * expert who is not approved, not available or no longer active is not invited (409, nothing written).
 */
export async function inviteSavedExpert(options: { user: SessionUser; requestId: string; expertProfileId: string; now: Date; config?: MatchingConfig }) {
  const { user, requestId, expertProfileId, now } = options;
  const config = options.config ?? matchingConfig();
  assertCan(user, "manageRequests");
  const request = await db.hiringRequest.findFirst({
    where: { id: requestId, origin: "MATCHING", company: memberOfCompany(user, "manageRequests") },
    select: { id: true, title: true, companyId: true },
  });
  if (!request) throw notFound("Request");
  const saved = await db.savedExpert.findUnique({
    where: { companyId_expertProfileId: { companyId: request.companyId, expertProfileId } },
    select: {
      expertProfile: {
        select: { id: true, userId: true, vettingStatus: true, isAvailable: true, user: { select: { name: true, suspendedAt: true, deletedAt: true } } },
      },
    },
  });
  if (!saved || saved.expertProfile.user.deletedAt) throw notFound("Saved expert");
  const expert = saved.expertProfile;
  if (expert.vettingStatus !== "APPROVED" || !expert.isAvailable || expert.user.suspendedAt) {
    throw conflict(`${expert.user.name} is not available for new work right now, so no invitation was sent.`);
  }

  return db.$transaction(async (tx) => {
    if ((await lockRequest(tx, request.id)) !== "MATCHING") {
      throw conflict("This request is not matching any more: invite saved experts while it is looking for candidates.");
    }
    const existing = await tx.match.findUnique({ where: { requestId_expertProfileId: { requestId, expertProfileId } }, select: { id: true } });
    if (existing) throw conflict(`${expert.user.name} has already been invited to this request.`);
    const expiresAt = new Date(now.getTime() + config.invitationTtlMs);
    const match = await tx.match.create({
      data: {
        requestId,
        expertProfileId,
        status: "INVITED",
        score: 0,
        scoreBreakdown: { terms: {}, reasons: ["Invited by the client, who saved you after working with or shortlisting you."] },
        rank: (await tx.match.count({ where: { requestId } })) + 1,
        invitedAt: now,
        expiresAt,
      },
      select: { id: true, status: true, expiresAt: true },
    });
    await tx.expertProfile.update({ where: { id: expertProfileId }, data: { invitationsReceived: { increment: 1 }, lastInvitedAt: now } });
    await enqueueJobs(tx, [{ kind: "matching.expire-invitation", payload: { matchId: match.id }, runAt: expiresAt, dedupeKey: `expire:${match.id}` }]);
    await notifyUsers(tx, [expert.userId], {
      kind: "invitation.received",
      title: `New invitation: ${request.title}`,
      body: `A client who saved you invites you to "${request.title}". Accept or decline within ${Math.round(config.invitationTtlMs / 60_000)} minutes.`,
      link: "/expert/invitations",
      dedupeKey: `invitation:${match.id}`,
    });
    await recordAudit(tx, {
      actorId: user.id,
      companyId: companyOf(user),
      action: "matching.saved-expert-invited",
      targetType: "HiringRequest",
      targetId: requestId,
      data: { expertProfileId },
    });
    return { matchId: match.id, status: "INVITED" as const, expiresAt: match.expiresAt };
  });
}
