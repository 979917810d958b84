import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, conflict } from "@/lib/errors";
import { usableInvitation } from "./find-invitation";
import { joinCompany } from "./join-company";

/**
 * A signed-in account accepts an invitation. It must be the invited address, a company account, and
 * in no company yet: one account belongs to one company, so a member of another company is refused
 * with what to do instead. Refusals change nothing.
 */
export async function acceptTeamInvitation({ user, token, now }: { user: SessionUser; token: string; now: Date }) {
  const invitation = await usableInvitation(token, now);
  if (invitation.email !== user.email.toLowerCase()) {
    // Not naming the address: a forwarded link should not tell its holder whom it was meant for.
    throw new AppError("FORBIDDEN", "This invitation was sent to a different email address. Sign in with that address to accept it.");
  }
  if (user.role !== "CLIENT") {
    throw new AppError("FORBIDDEN", "Expert and admin accounts cannot join a company. Ask for the invitation to be sent to another address.");
  }
  return db.$transaction(async (tx) => {
    const membership = await tx.companyMember.findFirst({ where: { userId: user.id }, select: { company: { select: { id: true, name: true } } } });
    if (membership?.company.id === invitation.companyId) throw conflict(`You are already a member of ${invitation.companyName}.`);
    if (membership) {
      throw conflict(
        `Your account already belongs to ${membership.company.name}, and an account belongs to one company. Leave ${membership.company.name} first, or ask for the invitation to be sent to another address.`,
      );
    }
    await joinCompany(tx, invitation, user.id, now);
    return { companyId: invitation.companyId, companyName: invitation.companyName, role: invitation.role };
  });
}
