import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { lockOwnCompany } from "./company-of-owner";
import { queueInvitationEmail } from "./invitation-email";
import { hashInvitationToken, INVITATION_TTL_MS, newInvitationToken } from "./invitation-token";
import { INVITATION_SELECT, toInvitationView } from "./invitation-view";
import type { InviteMemberInput } from "./schemas";

/** An owner invites a colleague by email with a role: a link valid for 7 days, sent through the outbox. */
export async function inviteMember({ user, input, now }: { user: SessionUser; input: InviteMemberInput; now: Date }) {
  const { email, role } = input;
  return db.$transaction(async (tx) => {
    const company = await lockOwnCompany(tx, user, "manageMembers");
    const member = await tx.companyMember.findFirst({ where: { companyId: company.id, user: { email } }, select: { userId: true } });
    if (member) throw conflict(`${email} is already a member of ${company.name}.`);
    const pending = await tx.teamInvitation.count({ where: { companyId: company.id, email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } } });
    if (pending) throw conflict(`${email} already has a pending invitation. Send it again from the list if it got lost.`);
    const token = newInvitationToken();
    const invitation = await tx.teamInvitation.create({
      data: {
        companyId: company.id,
        email,
        role,
        tokenHash: hashInvitationToken(token),
        invitedById: user.id,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
        createdAt: now,
      },
      select: INVITATION_SELECT,
    });
    await queueInvitationEmail(tx, { ...invitation, companyName: company.name, inviterName: user.name, token }, now);
    await recordAudit(tx, {
      actorId: user.id,
      companyId: companyOf(user),
      action: "team.invited",
      targetType: "TeamInvitation",
      targetId: invitation.id,
      data: { email, role },
    });
    return toInvitationView(invitation, now);
  });
}
