import { z } from "zod";
import { disputeCategorySchema, evidenceFileIdsSchema, evidenceLinksSchema } from "@/lib/disputes/schemas";
import { fileIdListSchema } from "@/lib/files/attachment-ids";

// One schema per milestone input, shared by the forms and the API. Money is integer cents.

/** Files handed in with one submission: a build, a report, screenshots. */
export const SUBMISSION_MAX_FILES = 20;

export const submitMilestoneSchema = z.strictObject({
  note: z
    .string({ error: "Describe what you delivered." })
    .trim()
    .min(10, "Describe what you delivered in at least 10 characters.")
    .max(4_000, "Keep the note under 4,000 characters."),
  links: z
    .array(z.url({ protocol: /^https?$/, error: "Use a full http(s) link." }).max(2_000))
    .max(10, "Add at most 10 links.")
    .default([]),
  fileIds: fileIdListSchema(SUBMISSION_MAX_FILES, `Attach at most ${SUBMISSION_MAX_FILES} files; put the rest in a shared folder and link it.`)
    .default([])
    .describe("Uploaded, ready MILESTONE_DELIVERABLE files of the expert's (POST /api/v1/files), handed in with the note."),
});
export type SubmitMilestoneInput = z.infer<typeof submitMilestoneSchema>;

export const requestChangesSchema = z.strictObject({
  note: z
    .string({ error: "Say what should change." })
    .trim()
    .min(10, "Say what should change in at least 10 characters.")
    .max(4_000, "Keep the note under 4,000 characters."),
});
export type RequestChangesInput = z.infer<typeof requestChangesSchema>;

export const openDisputeSchema = z.strictObject({
  category: disputeCategorySchema.default("OTHER").describe("What the dispute is about; the details go in reason."),
  reason: z
    .string({ error: "Explain the problem." })
    .trim()
    .min(20, "Explain the problem in at least 20 characters, so an admin can act on it.")
    .max(4_000, "Keep it under 4,000 characters."),
  links: evidenceLinksSchema,
  fileIds: evidenceFileIdsSchema,
});
/** As sent: the category, links and files are optional. */
export type OpenDisputeInput = z.input<typeof openDisputeSchema>;

/** The admin's written reasoning, sent to both sides and shown on the contract. */
export const DECISION_REASONING_MIN = 30;
const decisionReasoning = z
  .string({ error: "Write the reasoning for the decision." })
  .trim()
  .min(DECISION_REASONING_MIN, `Write the reasoning in at least ${DECISION_REASONING_MIN} characters: both sides read it.`)
  .max(4_000, "Keep the reasoning under 4,000 characters.");

export const resolveDisputeSchema = z.discriminatedUnion(
  "outcome",
  [
    z.strictObject({ outcome: z.literal("RELEASE"), note: decisionReasoning }),
    z.strictObject({ outcome: z.literal("REFUND"), note: decisionReasoning }),
    z.strictObject({
      outcome: z.literal("SPLIT"),
      releaseCents: z
        .number({ error: "Enter what the expert receives, in cents." })
        .int("Use whole cents.")
        .positive("Release at least 1 cent; otherwise refund."),
      note: decisionReasoning,
    }),
  ],
  { error: 'Choose "RELEASE", "REFUND" or "SPLIT".' },
);
export type ResolveDisputeInput = z.infer<typeof resolveDisputeSchema>;

export const payBonusSchema = z.strictObject({
  amountCents: z
    .number({ error: "Enter the bonus in cents, e.g. 25000 for $250.00." })
    .int("Use whole cents.")
    .describe("Cents of the contract's currency: more than 0, at most BONUS_MAX_CENTS (default $10,000.00)."),
  note: z
    .string({ error: "Add a note for the expert." })
    .trim()
    .min(3, "Add a note of at least 3 characters for the expert.")
    .max(1_000, "Keep the note under 1,000 characters."),
});
export type PayBonusInput = z.infer<typeof payBonusSchema>;

export const releasePartSchema = z.strictObject({
  amountCents: z
    .number({ error: "Enter the amount to release in cents, e.g. 25000 for $250.00." })
    .int("Use whole cents.")
    .describe("More than 0 and less than what the milestone still holds."),
});
export type ReleasePartInput = z.infer<typeof releasePartSchema>;
