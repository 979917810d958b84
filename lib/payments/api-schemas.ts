import { z } from "zod";

// Shapes of the money endpoints' inputs and answers, for the routes and the OpenAPI document.

export const emptyBodySchema = z.strictObject({});

export const stripeEventsQuerySchema = z.strictObject({
  type: z.string().trim().max(100).regex(/^[a-z_.]+$/, "An event type looks like checkout.session.completed.").optional(),
  failedOnly: z.enum(["true", "false"]).transform((value) => value === "true").optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

export const checkoutSchema = z.object({ checkoutUrl: z.url(), paymentId: z.string() });
export const releasedSchema = z.object({ id: z.string(), status: z.string(), releasedAt: z.iso.datetime().nullable() });
export const cancelledMilestoneSchema = z.object({ milestoneId: z.string(), outcome: z.enum(["removed", "refunded"]) });
export const openedDisputeSchema = z.object({ disputeId: z.string(), milestoneStatus: z.literal("DISPUTED") });
export const resolvedDisputeSchema = z.object({ disputeId: z.string(), outcome: z.enum(["RELEASE", "REFUND", "SPLIT"]), releaseCents: z.number().int(), refundCents: z.number().int() });
export const reviewRefundSchema = z
  .object({ paymentId: z.string(), refundId: z.string(), refundStatus: z.enum(["PENDING", "SUCCEEDED", "FAILED"]), amountCents: z.number().int(), currency: z.string() })
  .meta({ id: "ReviewRefund" });
export const payoutStatusSchema = z.object({ hasAccount: z.boolean(), payoutsEnabled: z.boolean(), currentlyDue: z.array(z.string()) });
export const onboardingLinkSchema = z.object({ url: z.url() });
export const stripeEventListSchema = z.object({
  events: z.array(z.object({ id: z.string(), type: z.string(), receivedAt: z.iso.datetime(), processedAt: z.iso.datetime().nullable(), error: z.string().nullable() })),
});
