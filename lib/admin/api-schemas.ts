import { z } from "zod";

// The admin API's response shapes, for the OpenAPI document. Dates travel as ISO 8601 strings
// (the lib functions return Dates, which JSON turns into them), money as signed integer cents.

const timestamp = z.iso.datetime();
const role = z.enum(["CLIENT", "EXPERT", "ADMIN"]);
const vettingStatus = z.enum(["APPLIED", "SCREENING", "INTERVIEW", "APPROVED", "REJECTED", "SUSPENDED"]);
const cents = z.number().int();
const paging = { page: z.number().int(), pageSize: z.number().int(), total: z.number().int() };
const accountActions = { canSuspend: z.boolean(), canReinstate: z.boolean() };

const account = {
  id: z.string(),
  name: z.string(),
  email: z.email(),
  role,
  createdAt: timestamp,
  lastSignInAt: timestamp.nullable(),
  suspendedAt: timestamp.nullable(),
  suspensionReason: z.string().nullable(),
  deletedAt: timestamp.nullable().meta({ description: "Set when the user deleted their account: name and email are then placeholders." }),
};

export const userListSchema = z
  .object({
    users: z.array(
      z.object({
        ...account,
        ...accountActions,
        company: z.object({ id: z.string(), name: z.string() }).nullable().meta({ description: "A client's (first) company." }),
        vettingStatus: vettingStatus.nullable().meta({ description: "An expert's vetting status." }),
      }),
    ),
    ...paging,
    message: z.string().nullable().meta({ description: "Set when the search was too short to use: the newest users are shown." }),
  })
  .meta({ id: "AdminUserList" });

export const auditEntrySchema = z
  .object({
    id: z.string(),
    createdAt: timestamp,
    action: z.string().meta({ example: "user.suspended" }),
    actionLabel: z.string().meta({ example: "Suspended the account" }),
    actor: z.object({ id: z.string(), name: z.string(), role }).nullable().meta({ description: "Null for the system (jobs, webhooks)." }),
    target: z.object({
      type: z.string(),
      id: z.string(),
      label: z.string().nullable(),
      href: z.string().nullable().meta({ description: "Where an admin can look at the target, when there is such a page." }),
    }),
    summary: z.string().meta({ description: "The entry's data in one line, secrets left out." }),
  })
  .meta({ id: "AuditEntry" });

export const auditLogPageSchema = z
  .object({ entries: z.array(auditEntrySchema), ...paging, admins: z.array(z.object({ id: z.string(), name: z.string() })) })
  .meta({ id: "AuditLogPage" });

export const userDetailSchema = z
  .object({
    ...account,
    ...accountActions,
    memberships: z.array(
      z.object({ companyId: z.string(), companyName: z.string(), role: z.enum(["OWNER", "HIRING_MANAGER", "FINANCE", "VIEWER"]), createdAt: timestamp }),
    ),
    expertProfile: z
      .object({
        id: z.string(),
        headline: z.string(),
        vettingStatus,
        hourlyRateCents: cents.nullable(),
        currency: z.string(),
        timezone: z.string().nullable(),
        isAvailable: z.boolean(),
        approvedAt: timestamp.nullable(),
        averageRating: z.number().nullable(),
        ratingCount: z.number().int(),
        completedContracts: z.number().int(),
      })
      .nullable(),
    contractsCount: z.number().int().meta({ description: "Contracts as the client user or as the expert." }),
    recentAudit: z.array(auditEntrySchema),
  })
  .meta({ id: "AdminUser" });

export const accountStatusSchema = z
  .object({
    userId: z.string(),
    suspendedAt: timestamp.nullable(),
    suspensionReason: z.string().nullable(),
    vettingStatus: vettingStatus.nullable(),
    auditLogId: z.string(),
  })
  .meta({ id: "AccountStatus" });

export const adminSearchSchema = z
  .object({
    results: z.array(
      z.object({
        kind: z.enum(["USER", "EXPERT", "REQUEST"]),
        id: z.string(),
        title: z.string(),
        detail: z.string(),
        href: z.string().meta({ description: "The record's page in the admin console." }),
        score: z.number().meta({ description: "How close the match is, 0 to 1." }),
      }),
    ),
    ...paging,
    message: z.string().nullable().meta({ description: "Why there are no results, in words to show." }),
  })
  .meta({ id: "AdminSearch" });
