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
    memberships: z.array(z.object({ companyId: z.string(), companyName: z.string(), role: z.enum(["OWNER", "MEMBER"]), createdAt: timestamp })),
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

const ledgerTotalsSchema = z.object({ currency: z.string(), fundedCents: cents, heldCents: cents, releasedCents: cents, feesCents: cents, refundedCents: cents });

export const paymentsUnderReviewSchema = z
  .object({
    awaitingCount: z.number().int().meta({ description: "Payments held for review that no admin has decided yet (at most 50 of them are listed)." }),
    payments: z.array(
      z.object({
        id: z.string(),
        milestoneId: z.string(),
        milestoneTitle: z.string(),
        contractId: z.string(),
        contractTitle: z.string(),
        expectedCents: cents,
        expectedCurrency: z.string(),
        receivedCents: cents.meta({ description: "What Stripe charged." }),
        receivedCurrency: z.string(),
        reason: z.string().meta({ description: "Every way the charge differs from the payment we asked for." }),
        stripeCheckoutSessionId: z.string().nullable(),
        stripePaymentIntentId: z.string().nullable(),
        stripeChargeId: z.string().nullable(),
        heldAt: timestamp.nullable(),
        refundedAt: timestamp.nullable(),
        state: z.enum(["AWAITING_DECISION", "REFUND_PENDING", "REFUNDED", "REFUND_FAILED"]),
      }),
    ),
  })
  .meta({ id: "PaymentsUnderReview" });

export const ledgerOverviewSchema = z
  .object({
    totals: z.array(ledgerTotalsSchema),
    underReview: paymentsUnderReviewSchema,
    transactions: z.array(
      z.object({
        id: z.string(),
        kind: z.string().meta({ example: "release" }),
        description: z.string(),
        idempotencyKey: z.string(),
        contractId: z.string().nullable(),
        contractTitle: z.string().nullable(),
        milestoneId: z.string().nullable(),
        currency: z.string().nullable(),
        createdAt: timestamp,
        entries: z.array(
          z.object({
            id: z.string(),
            accountCode: z.string().meta({ example: "escrow:cm123" }),
            accountType: z.enum(["CLIENT_FUNDING", "ESCROW", "EXPERT_PAYABLE", "PLATFORM_REVENUE", "CLIENT_REFUNDS"]),
            amountCents: cents.meta({ description: "Debit positive, credit negative; a transaction's entries sum to zero." }),
          }),
        ),
      }),
    ),
    contractId: z.string().nullable(),
    ...paging,
  })
  .meta({ id: "LedgerOverview" });


export const ledgerCheckSchema = z
  .object({
    checkedAt: timestamp,
    totals: z.array(ledgerTotalsSchema),
    heldForReview: z
      .array(z.object({ currency: z.string(), payments: z.number().int(), receivedCents: cents, refundedCents: cents, heldCents: cents }))
      .meta({ description: "Money Stripe took for payments held for review, per currency: never booked as funding, so apart from the totals." }),
    stripe: z.object({
      chargesCents: cents,
      refundsCents: cents,
      transfersCents: cents,
      ours: z.object({ paymentsCents: cents, underReviewCents: cents, refundsCents: cents, transfersCents: cents }),
    }),
    problems: z.array(z.string()).meta({ description: "Every difference found; empty when the books balance and match Stripe." }),
  })
  .meta({ id: "LedgerCheck" });
