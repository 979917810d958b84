import { draftChangesSchema } from "@/lib/requests/api-schemas";
import { BUDGET_BOUNDS_CHECK } from "@/lib/requests/schemas";

/**
 * What the /start page saves before sign-up: any draft fields, each valid on its own, and always
 * "The need" (title and description), the step a visitor fills before being asked for an account.
 */
export const guestDraftInputSchema = draftChangesSchema.required({ title: true, description: true }).superRefine(...BUDGET_BOUNDS_CHECK);

export type GuestDraftInput = (typeof guestDraftInputSchema)["_output"];
