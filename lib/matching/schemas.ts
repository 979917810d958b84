import { z } from "zod";
import { idPathSchema } from "@/lib/api/path-params";

export const invitationResponseSchema = z.discriminatedUnion(
  "decision",
  [
    z.strictObject({
      decision: z.literal("ACCEPT"),
      confirmsAvailabilityAndRate: z.literal(true, { error: "Confirm that your availability and rate still hold." }),
      note: z.string().trim().max(1000, "Keep the note under 1,000 characters.").optional(),
    }),
    z.strictObject({
      decision: z.literal("DECLINE"),
      reason: z
        .string({ error: "Tell the client briefly why." })
        .trim()
        .min(3, "Tell the client briefly why.")
        .max(500, "Keep the reason under 500 characters."),
    }),
  ],
  { error: 'Choose "ACCEPT" or "DECLINE".' },
);

export type InvitationResponse = z.infer<typeof invitationResponseSchema>;

export const handPickSchema = z.strictObject({
  expertProfileId: z.string({ error: "Choose an expert." }).min(1, "Choose an expert.").max(64),
  note: z.string().trim().max(1000).optional(),
});

export type HandPickInput = z.infer<typeof handPickSchema>;

/** The `{id}` of /api/v1/admin/requests/{id}/hand-pick: the request the expert is put on. */
export const handPickPathSchema = idPathSchema("request");

export const handPickedSchema = z.object({ matchId: z.string() }).meta({ id: "HandPicked" });
