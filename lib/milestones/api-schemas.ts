import { z } from "zod";

// The milestone API's answers (for the routes and the OpenAPI document). Inputs are in schemas.ts.
// Dates travel as ISO 8601 strings, money as integer cents.

const dateTime = z.iso.datetime();

export const submittedMilestoneSchema = z
  .object({ id: z.string(), status: z.literal("SUBMITTED"), submittedAt: dateTime, autoReleaseAt: dateTime.meta({ description: "Released automatically then, unless the client answers." }) })
  .meta({ id: "SubmittedMilestone" });

export const changesRequestedSchema = z.object({ id: z.string(), status: z.literal("CHANGES_REQUESTED") }).meta({ id: "ChangesRequested" });

export const checkoutSchema = z.object({ checkoutUrl: z.url(), paymentId: z.string() });
export const releasedSchema = z.object({ id: z.string(), status: z.string(), releasedAt: z.iso.datetime().nullable() });
export const cancelledMilestoneSchema = z.object({ milestoneId: z.string(), outcome: z.enum(["removed", "refunded"]) });
export const openedDisputeSchema = z.object({ disputeId: z.string(), milestoneStatus: z.literal("DISPUTED") });
export const resolvedDisputeSchema = z.object({ disputeId: z.string(), outcome: z.enum(["RELEASE", "REFUND", "SPLIT"]), releaseCents: z.number().int(), refundCents: z.number().int() });
