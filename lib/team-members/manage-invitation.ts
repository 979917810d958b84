import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { lockOwnCompany } from "./company-of-owner";
import { queueInvitationEmail } from "./invitation-email";
import { hashInvitationToken, INVITATION_TTL_MS, newInvitationToken } from "./invitation-token";
import { INVITATION_SELECT, toInvitationView } from "./invitation-view";

// An owner's changes to an invitation not yet accepted. Another company's invitation is not found.

type Options = { user: SessionUser; invitationId: string; now: Date };

/** A new link, valid 7 days from now, emailed again; the old link stops working (its hash is replaced). */
export async function resendInvitation({ user, invitationId, now }: Options) {
  return db.$transaction(async (tx) => {
    const company = await lockOwnCompany(tx, user, "manageMembers");
    const token = newInvitationToken();
    const { count } = await tx.teamInvitation.updateMany({
      where: { id: invitationId, companyId: company.id, acceptedAt: null, revokedAt: null },
      data: { tokenHash: hashInvitationToken(token), expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) },
    });
    if (!count) throw await gone(invitationId, company.id);
    const invitation = await tx.teamInvitation.findUniqueOrThrow({ where: { id: invitationId }, select: INVITATION_SELECT });
    await queueInvitationEmail(tx, { ...invitation, companyName: company.name, inviterName: user.name, token }, now);
    await recordAudit(tx, {
      actorId: user.id,
      companyId: companyOf(user),
      action: "team.invitation-resent",
      targetType: "TeamInvitation",
      targetId: invitationId,
      data: { email: invitation.email },
    });
    return toInvitationView(invitation, now);
  });
}

/** The link stops working at once; the invitee is told it was withdrawn if they open it. */
export async function revokeInvitation({ user, invitationId, now }: Options) {
  return db.$transaction(async (tx) => {
    const company = await lockOwnCompany(tx, user, "manageMembers");
    const { count } = await tx.teamInvitation.updateMany({
      where: { id: invitationId, companyId: company.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (!count) throw await gone(invitationId, company.id);
    const invitation = await tx.teamInvitation.findUniqueOrThrow({ where: { id: invitationId }, select: { email: true } });
    await recordAudit(tx, {
      actorId: user.id,
      companyId: companyOf(user),
      action: "team.invitation-revoked",
      targetType: "TeamInvitation",
      targetId: invitationId,
      data: { email: invitation.email },
    });
    return { id: invitationId, revokedAt: now };
  });
}

async function gone(invitationId: string, companyId: string) {
  const invitation = await db.teamInvitation.findFirst({ where: { id: invitationId, companyId }, select: { acceptedAt: true } });
  if (!invitation) return notFound("Invitation");
  return conflict(invitation.acceptedAt ? "This invitation has been accepted already." : "This invitation was revoked already.");
}
