import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { type CompanyAbility, companyRolesWith } from "@/lib/teams/permissions";

// Who is on which side, as `where` fragments. The client side of a request or a contract is a member
// of its company whose role allows what is being done (lib/teams/permissions.ts); the expert side of
// a contract is its expert. Requests, contracts and milestones build their access rules on these, so
// another party's record is simply not found.

export const memberOfCompany = (user: SessionUser, ability: CompanyAbility = "view"): Prisma.CompanyWhereInput => ({
  members: { some: { userId: user.id, role: { in: companyRolesWith(ability) } } },
});

export const clientSideWhere = (user: SessionUser, ability: CompanyAbility = "view"): Prisma.ContractWhereInput => ({
  company: memberOfCompany(user, ability),
});
export const expertSideWhere = (user: SessionUser): Prisma.ContractWhereInput => ({ expertProfile: { userId: user.id } });
