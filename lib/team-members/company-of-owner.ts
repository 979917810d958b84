import type { SessionUser } from "@/lib/auth/session";
import type { Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { memberOfCompany } from "@/lib/parties/sides";
import { assertCan } from "@/lib/teams/assert-can";
import type { CompanyAbility } from "@/lib/teams/permissions";

/**
 * The acting member's company, locked for the rest of the transaction (FOR UPDATE): every change to
 * its members goes through this lock, so two changes at once are decided one after the other, and
 * "at least one owner" is checked against what the other has written.
 */
export async function lockOwnCompany(tx: Transaction, user: SessionUser, ability: CompanyAbility) {
  assertCan(user, ability);
  // Lock first, then read the actor's own role: a role another owner just took away counts.
  await tx.$executeRaw`SELECT 1 FROM companies WHERE id = ${user.companyId ?? ""} FOR UPDATE`;
  const company = await tx.company.findFirst({ where: { id: user.companyId ?? "", ...memberOfCompany(user, ability) }, select: { id: true, name: true } });
  if (!company) throw new AppError("FORBIDDEN", "Your role in your company has changed. Reload the page.");
  return company;
}

/** Refuses a change that would leave the company without an owner; call with the company locked. */
export async function assertAnotherOwner(tx: Transaction, companyId: string, leavingUserId: string, message: string) {
  const others = await tx.companyMember.count({ where: { companyId, role: "OWNER", userId: { not: leavingUserId } } });
  if (others === 0) throw new AppError("CONFLICT", message);
}
