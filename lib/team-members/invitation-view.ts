import type { CompanyRole } from "@/generated/prisma/enums";
import { COMPANY_ROLE_LABEL } from "@/lib/teams/permissions";

export const INVITATION_SELECT = {
  id: true,
  email: true,
  role: true,
  expiresAt: true,
  createdAt: true,
  invitedBy: { select: { name: true } },
} as const;

type Row = { id: string; email: string; role: CompanyRole; expiresAt: Date; createdAt: Date; invitedBy: { name: string } };

export const toInvitationView = (row: Row, now: Date) => ({
  id: row.id,
  email: row.email,
  role: row.role,
  roleLabel: COMPANY_ROLE_LABEL[row.role],
  invitedByName: row.invitedBy.name,
  createdAt: row.createdAt,
  expiresAt: row.expiresAt,
  isExpired: row.expiresAt <= now,
});
export type InvitationView = ReturnType<typeof toInvitationView>;
