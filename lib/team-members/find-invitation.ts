import type { CompanyRole } from "@/generated/prisma/enums";
import { db, type Transaction } from "@/lib/db";
import { AppError, conflict } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { COMPANY_ROLE_LABEL } from "@/lib/teams/permissions";
import { hashInvitationToken } from "./invitation-token";

// An invitation found by the token in its link, and whether it can still be used. A forged, expired,
// used or revoked token is refused with what happened and what to do, and changes nothing.

export type InvitationState = "pending" | "expired" | "accepted" | "revoked";

export type FoundInvitation = {
  id: string;
  companyId: string;
  companyName: string;
  email: string;
  role: CompanyRole;
  roleLabel: string;
  invitedByName: string;
  expiresAt: Date;
  state: InvitationState;
};

export const NOT_VALID = "This invitation link is not valid. Check that you copied the whole link, or ask for a new invitation.";

export async function findInvitationByToken(token: string, now: Date, client: Transaction | typeof db = db): Promise<FoundInvitation | null> {
  const row = await client.teamInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      id: true,
      companyId: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      company: { select: { name: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!row) return null;
  const state: InvitationState = row.acceptedAt ? "accepted" : row.revokedAt ? "revoked" : row.expiresAt <= now ? "expired" : "pending";
  return {
    id: row.id,
    companyId: row.companyId,
    companyName: row.company.name,
    email: row.email,
    role: row.role,
    roleLabel: COMPANY_ROLE_LABEL[row.role],
    invitedByName: row.invitedBy.name,
    expiresAt: row.expiresAt,
    state,
  };
}

/** Why an invitation cannot be used, in the invitee's words; null while it is pending. */
export function invitationProblem(invitation: FoundInvitation | null): string | null {
  if (!invitation) return NOT_VALID;
  switch (invitation.state) {
    case "pending":
      return null;
    case "expired":
      return `This invitation to ${invitation.companyName} expired on ${formatDate(invitation.expiresAt)}. Ask ${invitation.invitedByName} to send a new one.`;
    case "accepted":
      return `This invitation to ${invitation.companyName} has already been used. Sign in with ${invitation.email} instead.`;
    case "revoked":
      return `This invitation to ${invitation.companyName} was withdrawn. Ask ${invitation.invitedByName} if you should still join.`;
  }
}

/** The pending invitation behind `token`, or the refusal: 404 for a token that matches nothing, 409 for one used up. */
export async function usableInvitation(token: string, now: Date, client: Transaction | typeof db = db): Promise<FoundInvitation> {
  const invitation = await findInvitationByToken(token, now, client);
  const problem = invitationProblem(invitation);
  if (!invitation) throw new AppError("NOT_FOUND", NOT_VALID);
  if (problem) throw conflict(problem);
  return invitation;
}

/** Marks a pending invitation used, in the caller's transaction; of two acceptances at once, one wins. */
export async function markInvitationAccepted(tx: Transaction, invitation: FoundInvitation, userId: string, now: Date) {
  const { count } = await tx.teamInvitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now, acceptedById: userId },
  });
  if (!count) throw conflict(`This invitation to ${invitation.companyName} can no longer be used. Ask for a new one.`);
}
