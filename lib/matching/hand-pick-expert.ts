import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { openShortlistConversations } from "@/lib/chat/open-shortlist-conversations";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { notifyUsers } from "@/lib/notifications/notify";
import { nudgeExpertAboutPayouts } from "@/lib/payments/payout-readiness";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { deliverShortlist } from "./deliver-shortlist";
import { lockRequest } from "./lock-request";
import type { HandPickInput } from "./schemas";

/**
 * An admin puts an approved expert straight onto a request's shortlist, at any time while it is matching
 * (or matched), not only once it is at risk. Audited with who, when, which expert and how long before the deadline. A request still matching is delivered at once with what its shortlist holds.
 */
export async function handPickExpert(options: { user: SessionUser; requestId: string; input: HandPickInput; now: Date }) {
  const { user, requestId, input, now } = options;
  if (user.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only admins hand-pick experts.");
  const expert = await db.expertProfile.findFirst({
    where: { id: input.expertProfileId, vettingStatus: "APPROVED", user: { suspendedAt: null } },
    select: { id: true, userId: true, payoutsEnabled: true, user: { select: { name: true } } },
  });
  if (!expert)
    throw new AppError("VALIDATION_FAILED", "Choose an approved, active expert.", { fields: { expertProfileId: ["Not an approved, active expert."] } });

  return db.$transaction(async (tx) => {
    const status = await lockRequest(tx, requestId);
    if (!status) throw notFound("Request");
    if (status !== "MATCHING" && status !== "MATCHED") throw new AppError("CONFLICT", "Only a request that is matching or matched takes hand-picked experts.");
    const breakdown = { handPicked: true, reasons: [`Hand-picked by ${user.name}${input.note ? `: ${input.note}` : ""}`] };
    const existing = await tx.match.findUnique({
      where: { requestId_expertProfileId: { requestId, expertProfileId: expert.id } },
      select: { id: true, status: true },
    });
    if (existing && ["SHORTLISTED", "HIRED", "PASSED"].includes(existing.status)) {
      throw new AppError("CONFLICT", `${expert.user.name} is already on this shortlist.`);
    }
    const match = existing
      ? await tx.match.update({
          where: { id: existing.id },
          data: { status: "SHORTLISTED", isHandPicked: true, handPickedById: user.id, respondedAt: now, scoreBreakdown: breakdown },
          select: { id: true },
        })
      : await tx.match.create({
          data: {
            requestId,
            expertProfileId: expert.id,
            status: "SHORTLISTED",
            score: 0,
            scoreBreakdown: breakdown,
            rank: (await tx.match.count({ where: { requestId } })) + 1,
            isHandPicked: true,
            handPickedById: user.id,
            invitedAt: now,
            expiresAt: now,
            respondedAt: now,
          },
          select: { id: true },
        });
    // Read before delivering: the audit keeps where the request stood against its deadline when the admin stepped in.
    const request = await tx.hiringRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: { title: true, matchDeadline: true, slaBreached: true, company: { select: { name: true } } },
    });
    if (status === "MATCHING") await deliverShortlist(tx, requestId, now);
    await openShortlistConversations(tx, requestId, now);
    if (status === "MATCHED") {
      // The shortlist was delivered before: its delivery's notices and payout nudges did not include this expert.
      if (!expert.payoutsEnabled) await nudgeExpertAboutPayouts(tx, { expertProfileId: expert.id, companyName: request.company.name, now });
      await notifyUsers(tx, await companyRecipients(tx, { requestId }, ["manageRequests"]), {
        kind: "shortlist.expert-added",
        title: `${expert.user.name} joined your shortlist: ${request.title}`,
        body: `A Vetted admin picked ${expert.user.name} for this request. See why and start talking.`,
        link: `/client/requests/${requestId}`,
        dedupeKey: `expert-added:${match.id}`,
      });
    }
    await notifyUsers(tx, [expert.userId], {
      kind: "shortlist.hand-picked",
      title: `You're on the shortlist for "${request.title}"`,
      body: "A Vetted admin picked you for this request. The client can now message you.",
      link: "/expert/invitations",
      dedupeKey: `hand-picked:${match.id}`,
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "matching.hand-picked",
      targetType: "HiringRequest",
      targetId: requestId,
      data: {
        expertProfileId: expert.id,
        expertName: expert.user.name,
        matchId: match.id,
        note: input.note ?? null,
        requestStatus: status,
        pickedAt: now.toISOString(),
        millisecondsBeforeDeadline: request.matchDeadline ? request.matchDeadline.getTime() - now.getTime() : null,
        wasSlaBreached: request.slaBreached,
      },
    });
    return { matchId: match.id };
  });
}
