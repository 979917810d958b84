import { z } from "zod";
import { idPathSchema } from "@/lib/api/path-params";

const dateTime = z.iso.datetime();

export const savedExpertPathSchema = idPathSchema("expert");

export const savedStateSchema = z.object({ expertProfileId: z.string(), isSaved: z.boolean() }).meta({ id: "SavedExpertState" });

export const savedExpertListSchema = z
  .object({
    experts: z.array(
      z.object({
        expertProfileId: z.string(),
        name: z.string(),
        headline: z.string(),
        hourlyRateCents: z.number().int().nullable(),
        currency: z.string(),
        rating: z.object({ average: z.number().nullable(), count: z.number().int() }).meta({ description: "Published client reviews only." }),
        isAvailable: z.boolean(),
        weeklyAvailableHours: z.number().int().nullable(),
        hasWorkedWithCompany: z.boolean(),
        canHireAgain: z.boolean().meta({ description: "Worked with the company, still takes work, and the caller may manage contracts." }),
        savedAt: dateTime,
        savedByName: z.string(),
      }),
    ),
  })
  .meta({ id: "SavedExpertList" });

export const inviteSavedExpertSchema = z.strictObject({
  expertProfileId: z
    .string({ error: "Choose a saved expert to invite." })
    .trim()
    .min(1, "Choose a saved expert to invite.")
    .max(64, "Choose a saved expert to invite."),
});

export const savedExpertInvitationSchema = z
  .object({ matchId: z.string(), status: z.literal("INVITED"), expiresAt: dateTime })
  .meta({ id: "SavedExpertInvitation" });
