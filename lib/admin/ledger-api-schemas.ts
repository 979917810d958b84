import { z } from "zod";

// The ledger console's answers (GET /api/v1/admin/ledger, POST /api/v1/admin/ledger/check), for the
// operations and the OpenAPI document. Dates travel as ISO 8601 strings, money as signed integer cents.

const timestamp = z.iso.datetime();
const cents = z.number().int();
const paging = { page: z.number().int(), pageSize: z.number().int(), total: z.number().int() };

const ledgerTotalsSchema = z.object({
  currency: z.string(),
  fundedCents: cents,
  heldCents: cents,
  releasedCents: cents,
  feesCents: cents,
  refundedCents: cents,
  trialPayoutsCents: cents.meta({ description: "Paid to experts from the platform's own balance for trial work (platform expense); not part of released." }),
});

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
    trialPayouts: z
      .array(
        z.object({
          id: z.string(),
          contractId: z.string(),
          contractTitle: z.string(),
          amountCents: cents,
          submittedCents: cents.meta({ description: "The submitted work's total before the cap." }),
          currency: z.string(),
          status: z.enum(["PENDING", "PAID", "REVERSED", "FAILED"]),
          stripeTransferId: z.string().nullable(),
          createdAt: timestamp,
        }),
      )
      .meta({ description: "The latest trial payouts: what the platform paid from its own balance for work submitted in a trial the client ended." }),
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
            accountType: z.enum(["CLIENT_FUNDING", "ESCROW", "EXPERT_PAYABLE", "PLATFORM_REVENUE", "CLIENT_REFUNDS", "PLATFORM_EXPENSE"]),
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
    inFlight: z
      .array(z.string())
      .meta({ description: "Transfers and refunds Stripe made in the last 15 minutes that their settle job has not booked yet: not differences." }),
    problems: z.array(z.string()).meta({ description: "Every difference found; empty when the books balance and match Stripe." }),
  })
  .meta({ id: "LedgerCheck" });
