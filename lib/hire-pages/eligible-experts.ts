import { Prisma } from "@/generated/prisma/client";

// Who a public page may count or show: approved experts whose account is neither suspended nor
// deleted. `ep` is expert_profiles and `u` users in every query that uses these.

export const ELIGIBLE_EXPERTS_JOIN = Prisma.sql`JOIN users u ON u.id = ep."userId"`;

export const IS_ELIGIBLE_EXPERT = Prisma.sql`ep."vettingStatus" = 'APPROVED' AND u."suspendedAt" IS NULL AND u."deletedAt" IS NULL`;
