import { z } from "zod";

// Shapes of the money endpoints' inputs and answers, for the routes and the OpenAPI document.

const malformedPaymentId = "The payment id in the URL is malformed.";
/** The `{id}` of /api/v1/admin/payments/{id}/…, checked before it reaches a query. */
export const paymentPathSchema = z.object({ id: z.string({ error: malformedPaymentId }).min(1, malformedPaymentId).max(64, malformedPaymentId) });

export const stripeEventsQuerySchema = z.strictObject({
  type: z
    .string()
    .trim()
    .max(100)
    .regex(/^[a-z_.]+$/, "An event type looks like checkout.session.completed.")
    .optional(),
  failedOnly: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

export const reviewRefundSchema = z
  .object({
    paymentId: z.string(),
    refundId: z.string(),
    refundStatus: z.enum(["PENDING", "SUCCEEDED", "FAILED"]),
    amountCents: z.number().int(),
    currency: z.string(),
  })
  .meta({ id: "ReviewRefund" });
export const payoutStatusSchema = z.object({
  hasAccount: z.boolean(),
  payoutsEnabled: z.boolean(),
  currentlyDue: z.array(z.string()),
  country: z.object({ code: z.string(), name: z.string() }).nullable().meta({ description: "Where the account pays out; fixed once it exists." }),
  currency: z.string().nullable().meta({ description: "The account's default payout currency (ISO 4217)." }),
  schedule: z.object({ interval: z.string(), delayDays: z.number().int().nullable() }).nullable(),
  checkedAt: z.iso.datetime().nullable().meta({ description: "When Stripe last described the account to us." }),
});
export const startOnboardingBodySchema = z.strictObject({
  country: z
    .string({ error: "Choose the country your bank account is in." })
    .regex(/^[A-Za-z]{2}$/, "Choose the country your bank account is in.")
    .optional()
    .meta({ description: "ISO 3166-1 alpha-2; only when the account is first created (the platform's country if omitted).", examples: ["DE"] }),
});
export const stripePayoutListSchema = z.object({
  payouts: z.array(
    z.object({
      id: z.string(),
      amountCents: z.number().int(),
      currency: z.string(),
      status: z.string(),
      createdAt: z.iso.datetime(),
      arrivalDate: z.iso.datetime(),
    }),
  ),
});
export const onboardingLinkSchema = z.object({ url: z.url() });
export const stripeEventListSchema = z.object({
  events: z.array(
    z.object({ id: z.string(), type: z.string(), receivedAt: z.iso.datetime(), processedAt: z.iso.datetime().nullable(), error: z.string().nullable() }),
  ),
});
