import { z } from "zod";
import { auditEntrySchema } from "@/lib/admin/api-schemas";
import { companyRoleSchema } from "./schemas";

// The team's response shapes, for the handlers and the OpenAPI document.

const timestamp = z.iso.datetime();

export const invitationSchema = z
  .object({
    id: z.string(),
    email: z.email(),
    role: companyRoleSchema,
    roleLabel: z.string(),
    invitedByName: z.string(),
    createdAt: timestamp,
    expiresAt: timestamp,
    isExpired: z.boolean(),
  })
  .meta({ id: "TeamInvitation" });

export const teamSchema = z
  .object({
    company: z.object({ id: z.string(), name: z.string() }),
    viewer: z.object({ id: z.string(), role: companyRoleSchema, canManage: z.boolean(), canViewActivity: z.boolean() }),
    members: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        email: z.email(),
        role: companyRoleSchema,
        roleLabel: z.string(),
        joinedAt: timestamp,
        isYou: z.boolean(),
        isLastOwner: z.boolean(),
      }),
    ),
    invitations: z.array(invitationSchema).meta({ description: "Invitations not yet accepted or revoked; owners only (empty for others)." }),
  })
  .meta({ id: "Team" });

export const revokedInvitationSchema = z.object({ id: z.string(), revokedAt: timestamp });
export const memberRoleSchema = z.object({ userId: z.string(), role: companyRoleSchema, roleLabel: z.string() });
export const removedMemberSchema = z.object({ userId: z.string(), removed: z.literal(true) });
export const joinedCompanySchema = z.object({ companyId: z.string(), companyName: z.string(), role: companyRoleSchema });

export const activityQuerySchema = z.strictObject({
  page: z.coerce
    .number({ error: "The page is a number from 1." })
    .int("The page is a number from 1.")
    .min(1, "The page is a number from 1.")
    .max(1000)
    .default(1),
});
export const activityPageSchema = z.object({ entries: z.array(auditEntrySchema), page: z.number(), hasMore: z.boolean() }).meta({ id: "CompanyActivity" });
