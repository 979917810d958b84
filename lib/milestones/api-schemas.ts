import { z } from "zod";
import { disputeContractSchema } from "@/lib/disputes/api-schemas";
import { fileSummarySchema } from "@/lib/files/schemas";

// The milestone API's path ids and answers (for the operations and the OpenAPI document). Inputs are in
// schemas.ts. Dates travel as ISO 8601 strings, money as integer cents.

const dateTime = z.iso.datetime();
const cents = z.number().int();
const milestoneStatus = z.enum(["PENDING", "FUNDING", "FUNDED", "SUBMITTED", "CHANGES_REQUESTED", "RELEASED", "REFUNDED", "DISPUTED"]);
const disputeOutcome = z.enum(["RELEASE", "REFUND", "SPLIT"]);

const pathSchema = (what: string) => {
  const malformed = `The ${what} id in the URL is malformed.`;
  return z.object({ id: z.string({ error: malformed }).min(1, malformed).max(64, malformed) });
};
/** The `{id}` of /api/v1/milestones/{id}/…, checked before it reaches a query. */
export const milestonePathSchema = pathSchema("milestone");
/** The `{id}` of /api/v1/admin/disputes/{id}/…. */
export const disputePathSchema = pathSchema("dispute");
/** The `{id}` of /api/v1/contracts/{id}/bonuses. */
export const bonusContractPathSchema = pathSchema("contract");

export const milestoneSubmissionSchema = z
  .object({
    round: z.number().int().meta({ description: "1 for the first hand-in, 2 after the first change request, …" }),
    note: z.string(),
    links: z.array(z.string()),
    files: z.array(fileSummarySchema).meta({ description: "The files handed in with this round; kept after release." }),
    submittedAt: dateTime,
    submittedBy: z.object({ name: z.string() }),
    changesRequestedNote: z.string().nullable(),
    changesRequestedAt: dateTime.nullable(),
    changesRequestedBy: z.object({ name: z.string() }).nullable(),
  })
  .meta({ id: "MilestoneSubmission", description: "One hand-in of the work and the client's change request on it, if any." });

export const submittedMilestoneSchema = z
  .object({
    id: z.string(),
    status: z.literal("SUBMITTED"),
    submittedAt: dateTime,
    autoReleaseAt: dateTime.meta({ description: "Released automatically then, unless the client answers." }),
  })
  .meta({ id: "SubmittedMilestone" });

export const changesRequestedSchema = z.object({ id: z.string(), status: z.literal("CHANGES_REQUESTED") }).meta({ id: "ChangesRequested" });

export const checkoutSchema = z.object({ checkoutUrl: z.url(), paymentId: z.string() });
export const releasedSchema = z.object({ id: z.string(), status: z.string(), releasedAt: z.iso.datetime().nullable() });
export const cancelledMilestoneSchema = z.object({ milestoneId: z.string(), outcome: z.enum(["removed", "refunded"]) });
export const openedDisputeSchema = z.object({ disputeId: z.string(), milestoneStatus: z.literal("DISPUTED") });
export const resolvedDisputeSchema = z.object({ disputeId: z.string(), outcome: disputeOutcome, releaseCents: cents, refundCents: cents });

const disputeSchema = z
  .object({
    id: z.string(),
    status: z.enum(["OPEN", "RESOLVED"]),
    reason: z.string(),
    outcome: disputeOutcome.nullable(),
    releaseCents: cents.nullable(),
    refundCents: cents.nullable(),
    resolutionNote: z.string().nullable(),
    stripeDisputeId: z.string().nullable().meta({ description: "Set for a card chargeback reported by Stripe: only a release is possible here." }),
    createdAt: dateTime,
    resolvedAt: dateTime.nullable(),
    openedBy: z
      .object({ name: z.string(), role: z.enum(["CLIENT", "EXPERT", "ADMIN"]) })
      .nullable()
      .meta({ description: "Null for a chargeback." }),
    contract: disputeContractSchema,
    milestone: z
      .object({ id: z.string(), title: z.string(), amountCents: cents, status: milestoneStatus, submissions: z.array(milestoneSubmissionSchema) })
      .nullable()
      .meta({ description: "With its revision timeline, oldest round first; null when the dispute names no milestone." }),
  })
  .meta({ id: "Dispute" });

export const disputeListSchema = z
  .object({
    open: z.array(disputeSchema).meta({ description: "Up to 100, oldest first." }),
    resolved: z.array(disputeSchema).meta({ description: "The 50 resolved last, latest first." }),
  })
  .meta({ id: "DisputeList" });

export const bonusCheckoutSchema = z
  .object({ checkoutUrl: z.url(), paymentId: z.string(), milestoneId: z.string().meta({ description: "The bonus's row (kind BONUS)." }) })
  .meta({ id: "BonusCheckout" });
export const partReleasedSchema = z
  .object({
    milestoneId: z.string(),
    releasedCents: cents.meta({ description: "The part released now: transfer + fee." }),
    transferCents: cents,
    feeCents: cents,
    heldCents: cents.meta({ description: "Still held by Vetted for this milestone." }),
    partNumber: z.number().int(),
  })
  .meta({ id: "PartReleased" });
