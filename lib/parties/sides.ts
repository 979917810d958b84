import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";

// Who is on which side, as `where` fragments. The client side of a request or a contract is any member
// of its company; the expert side of a contract is its expert. Requests, contracts and milestones build
// their access rules on these, so another party's record is simply not found.

export const memberOfCompany = (user: SessionUser): Prisma.CompanyWhereInput => ({ members: { some: { userId: user.id } } });

export const clientSideWhere = (user: SessionUser): Prisma.ContractWhereInput => ({ company: memberOfCompany(user) });
export const expertSideWhere = (user: SessionUser): Prisma.ContractWhereInput => ({ expertProfile: { userId: user.id } });
