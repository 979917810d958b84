import { z } from "zod";

export const reviewSchema = z.strictObject({
  rating: z.number({ error: "Choose 1 to 5 stars." }).int("Choose 1 to 5 stars.").min(1, "Choose 1 to 5 stars.").max(5, "Choose 1 to 5 stars."),
  text: z.string().trim().max(2_000, "Keep the review under 2,000 characters.").default(""),
});
export type ReviewInput = z.infer<typeof reviewSchema>;
