import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { memberOfCompany } from "@/lib/parties/sides";
import { assertCan } from "@/lib/teams/assert-can";
import { COMPANY_ROLE_LABEL, can } from "@/lib/teams/permissions";
import { INVITATION_SELECT, toInvitationView } from "./invitation-view";

export type Team = Awaited<ReturnType<typeof getTeam>>;

/** The company's members for any member; its pending and expired invitations for owners, who manage them. */
export async function getTeam({ user, now }: { user: SessionUser; now: Date }) {
  assertCan(user, "view");
  const canManage = can(user, "manageMembers");
  const company = await db.company.findFirst({
    where: { id: user.companyId ?? "", ...memberOfCompany(user) },
    select: {
      id: true,
      name: true,
      members: {
        orderBy: [{ role: "asc" }, { createdAt: "asc" }],
        select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  if (!company) throw notFound("Company");
  const invitations = canManage
    ? await db.teamInvitation.findMany({
        where: { companyId: company.id, acceptedAt: null, revokedAt: null },
        orderBy: { createdAt: "desc" },
        take: 100,
        select: INVITATION_SELECT,
      })
    : [];
  const ownerCount = company.members.filter((member) => member.role === "OWNER").length;
  return {
    company: { id: company.id, name: company.name },
    viewer: { id: user.id, role: user.companyRole!, canManage, canViewActivity: can(user, "viewActivity") },
    members: company.members.map((member) => ({
      id: member.user.id,
      name: member.user.name,
      email: member.user.email,
      role: member.role,
      roleLabel: COMPANY_ROLE_LABEL[member.role],
      joinedAt: member.createdAt,
      isYou: member.user.id === user.id,
      isLastOwner: member.role === "OWNER" && ownerCount === 1,
    })),
    invitations: invitations.map((invitation) => toInvitationView(invitation, now)),
  };
}
