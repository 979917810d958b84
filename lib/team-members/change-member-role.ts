import type { CompanyRole } from "@/generated/prisma/enums";
import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { syncMemberSeats } from "@/lib/teams/conversation-seats";
import { COMPANY_ROLE_LABEL } from "@/lib/teams/permissions";
import { assertAnotherOwner, lockOwnCompany } from "./company-of-owner";

/** An owner changes a member's role (their own included); demoting the last owner is refused, also when two owners demote each other at once. */
export async function changeMemberRole({ user, memberId, role, now }: { user: SessionUser; memberId: string; role: CompanyRole; now: Date }) {
  return db.$transaction(async (tx) => {
    const company = await lockOwnCompany(tx, user, "manageMembers");
    const member = await tx.companyMember.findUnique({
      where: { companyId_userId: { companyId: company.id, userId: memberId } },
      select: { role: true, user: { select: { name: true } } },
    });
    if (!member) throw notFound("Member");
    if (member.role === role) return { userId: memberId, role, roleLabel: COMPANY_ROLE_LABEL[role] };
    if (member.role === "OWNER") {
      await assertAnotherOwner(tx, company.id, memberId, `${company.name} needs at least one owner. Make someone else an owner first.`);
    }
    await tx.companyMember.update({ where: { companyId_userId: { companyId: company.id, userId: memberId } }, data: { role } });
    await syncMemberSeats(tx, { companyId: company.id, userId: memberId, role, now });
    await recordAudit(tx, {
      actorId: user.id,
      companyId: companyOf(user),
      action: "team.role-changed",
      targetType: "User",
      targetId: memberId,
      data: { name: member.user.name, from: member.role, to: role },
    });
    return { userId: memberId, role, roleLabel: COMPANY_ROLE_LABEL[role] };
  });
}
