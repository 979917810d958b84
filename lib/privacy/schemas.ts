import { z } from "zod";

/** What the user types to confirm, so that deleting is never one slip of the mouse. */
export const DELETE_CONFIRMATION = "DELETE";

export const deleteAccountSchema = z.strictObject({
  password: z.string({ error: "Type your current password." }).min(1, "Type your current password.").max(1000, "That is longer than any password."),
  confirmation: z
    .string({ error: `Type ${DELETE_CONFIRMATION} to confirm.` })
    .refine((value) => value.trim() === DELETE_CONFIRMATION, `Type ${DELETE_CONFIRMATION} in capital letters to confirm.`),
});

export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
