import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { syncMemberSeats } from "@/lib/teams/conversation-seats";
import { assertAnotherOwner, lockOwnCompany } from "./company-of-owner";

/**
 * An owner removes a member, or any member leaves (memberId is their own id). The last owner can do
 * neither. The account stays, without a company; its requests and contracts stay with the company.
 */
export async function removeMember({ user, memberId, now }: { user: SessionUser; memberId: string; now: Date }) {
  const isLeaving = memberId === user.id;
  return db.$transaction(async (tx) => {
    const company = await lockOwnCompany(tx, user, isLeaving ? "view" : "manageMembers");
    const member = await tx.companyMember.findUnique({
      where: { companyId_userId: { companyId: company.id, userId: memberId } },
      select: { role: true, user: { select: { name: true } } },
    });
    if (!member) throw notFound("Member");
    if (member.role === "OWNER") {
      await assertAnotherOwner(
        tx,
        company.id,
        memberId,
        isLeaving
          ? `You are the last owner of ${company.name}. Make someone else an owner before you leave.`
          : `${company.name} needs at least one owner. Make someone else an owner first.`,
      );
    }
    await tx.companyMember.delete({ where: { companyId_userId: { companyId: company.id, userId: memberId } } });
    await syncMemberSeats(tx, { companyId: company.id, userId: memberId, role: null, now });
    await recordAudit(tx, {
      actorId: user.id,
      companyId: companyOf(user),
      action: isLeaving ? "team.left" : "team.member-removed",
      targetType: "User",
      targetId: memberId,
      data: { name: member.user.name, role: member.role },
    });
    return { userId: memberId, removed: true as const };
  });
}
