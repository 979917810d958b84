import { z } from "zod";

// The answers of ending a contract, its refund requests and replacements (for the operations and the
// OpenAPI document). Inputs are in schemas.ts. Dates travel as ISO 8601 strings, money as integer cents.

const dateTime = z.iso.datetime();

export const endedContractSchema = z
  .object({
    id: z.string(),
    status: z.enum(["ACTIVE", "DISPUTED", "COMPLETED", "CANCELLED"]).meta({
      description: "COMPLETED or CANCELLED once nothing is held for the contract; until then ACTIVE (or DISPUTED) with endedAt set.",
    }),
    endedAt: dateTime,
    endReason: z.enum(["NOT_A_FIT", "WORK_DONE", "NO_LONGER_NEEDED", "UNRESPONSIVE", "OTHER"]),
    isEndedInTrial: z.boolean().meta({ description: "Ended by the client as not the right fit within the trial: the trial rules applied." }),
    cancelledMilestones: z.number().int().meta({ description: "Unfunded milestones removed." }),
    refundedMilestones: z.number().int().meta({ description: "Held milestones refunded at once (trial end only)." }),
    refundRequests: z.number().int().meta({ description: "Funded milestones not submitted, now waiting for the expert's consent." }),
    trialPayoutCents: z.number().int().meta({ description: "What the platform pays the expert for work submitted in the trial (0 outside a trial end)." }),
  })
  .meta({ id: "EndedContract" });

export const endRefundAnswerSchema = z
  .object({
    milestoneId: z.string(),
    status: z.enum(["AGREED", "DISPUTED"]),
    disputeId: z.string().nullable(),
  })
  .meta({ id: "EndRefundAnswer" });

export const replacementSchema = z
  .object({
    requestId: z.string(),
    status: z.literal("MATCHING"),
    matchDeadline: dateTime,
    isReplacement: z.literal(true),
    replacementOfContractId: z.string(),
  })
  .meta({ id: "Replacement" });
