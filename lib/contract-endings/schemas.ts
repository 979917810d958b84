import { z } from "zod";
import { END_REASONS } from "./reasons";

// One schema per input of ending a contract, shared by the dialogs and the API.

export const END_NOTE_MAX = 2_000;

export const endContractSchema = z
  .strictObject({
    reason: z.enum(END_REASONS, { error: "Choose why you are ending the contract." }),
    note: z.string({ error: "Write the note as text." }).trim().max(END_NOTE_MAX, "Keep the note under 2,000 characters.").default(""),
  })
  .superRefine((input, context) => {
    if (input.reason === "OTHER" && input.note.length < 10) {
      context.addIssue({ code: "custom", path: ["note"], message: "Say in at least 10 characters why you are ending the contract." });
    }
  });
export type EndContractInput = z.infer<typeof endContractSchema>;

export const answerEndRefundSchema = z
  .strictObject({
    decision: z.enum(["AGREE", "DISPUTE"], { error: "Choose AGREE to refund the client, or DISPUTE to have an admin decide." }),
    reason: z.string({ error: "Write the reason as text." }).trim().max(4_000, "Keep it under 4,000 characters.").optional(),
  })
  .superRefine((input, context) => {
    if (input.decision === "DISPUTE" && (input.reason ?? "").length < 20) {
      context.addIssue({ code: "custom", path: ["reason"], message: "Explain in at least 20 characters why you should be paid, so an admin can act on it." });
    }
  });
export type AnswerEndRefundInput = z.infer<typeof answerEndRefundSchema>;
