import { recordAudit } from "@/lib/audit/record-audit";
import type { Transaction } from "@/lib/db";
import { syncMemberSeats } from "@/lib/teams/conversation-seats";
import { type FoundInvitation, markInvitationAccepted } from "./find-invitation";

/** The invitee becomes a member with the invited role, seated at the company's conversations if the role includes them. */
export async function joinCompany(tx: Transaction, invitation: FoundInvitation, userId: string, now: Date) {
  await markInvitationAccepted(tx, invitation, userId, now);
  await tx.companyMember.create({ data: { companyId: invitation.companyId, userId, role: invitation.role, createdAt: now } });
  await syncMemberSeats(tx, { companyId: invitation.companyId, userId, role: invitation.role, now });
  await recordAudit(tx, {
    actorId: userId,
    companyId: invitation.companyId,
    action: "team.joined",
    targetType: "TeamInvitation",
    targetId: invitation.id,
    data: { role: invitation.role },
  });
}
