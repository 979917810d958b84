import { z } from "zod";
import { idPathSchema } from "@/lib/api/path-params";
import { fileSummarySchema } from "@/lib/files/schemas";
import { DISPUTE_CATEGORIES } from "./categories";

// The dispute case API's answers.

/** The contract a dispute is about, as every dispute view shows it (lib/disputes/dispute-contract.ts). */
export const disputeContractSchema = z.object({
  id: z.string(),
  title: z.string(),
  currency: z.string(),
  platformFeeBps: z.number().int(),
  companyName: z.string(),
  expertName: z.string(),
  conversationId: z.string().nullable(),
});

export const casePathSchema = idPathSchema("dispute");

const side = z.enum(["CLIENT", "EXPERT"]);
const timestamp = z.string().meta({ description: "ISO 8601, UTC" });

export const disputeCaseSchema = z
  .object({
    id: z.string(),
    status: z.enum(["OPEN", "RESOLVED"]),
    category: z.enum(DISPUTE_CATEGORIES).nullable(),
    categoryLabel: z.string().nullable(),
    reason: z.string(),
    isChargeback: z.boolean(),
    openerSide: side.nullable(),
    respondingSide: side.nullable(),
    openedByName: z.string().nullable(),
    createdAt: timestamp,
    responseDueAt: timestamp.nullable().meta({ description: "The other side's deadline to respond; silence sends the case to an admin on what was submitted" }),
    respondedAt: timestamp.nullable(),
    readyForDecisionAt: timestamp.nullable(),
    decision: z
      .object({
        outcome: z.enum(["RELEASE", "REFUND", "SPLIT"]).nullable(),
        releaseCents: z.number().int(),
        refundCents: z.number().int(),
        reasoning: z.string(),
        decidedByName: z.string().nullable(),
        decidedAt: timestamp.nullable(),
      })
      .nullable(),
    viewerSide: z.enum(["CLIENT", "EXPERT", "ADMIN"]),
    canRespond: z.boolean(),
    canAddEvidence: z.boolean(),
    milestone: z
      .object({ id: z.string(), title: z.string(), kind: z.string(), amountCents: z.number().int(), releasedCents: z.number().int(), status: z.string() })
      .nullable(),
    contract: disputeContractSchema,
    entries: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(["OPENING", "RESPONSE", "EVIDENCE", "REMINDER", "DEADLINE_PASSED"]),
        side: side.nullable(),
        authorName: z.string(),
        text: z.string(),
        links: z.array(z.string()),
        files: z.array(fileSummarySchema),
        createdAt: timestamp,
      }),
    ),
    timeline: z.array(z.object({ at: timestamp, label: z.string() })),
  })
  .meta({ id: "DisputeCase" });

export const disputeResponseSchema = z.object({ disputeId: z.string(), respondedAt: timestamp });
export const disputeEvidenceSchema = z.object({ disputeId: z.string(), entryId: z.string() });
