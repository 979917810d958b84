import { z } from "zod";
import { countryCodeSchema } from "@/lib/countries";
import { availabilityStepSchema, linksStepSchema, profileStepSchema, rateStepSchema, skillsStepSchema } from "@/lib/vetting/schemas";

// An approved expert's profile changes: the application's own field rules, each field optional.
// Fields are picked one by one rather than with .partial(): that would fill in isAvailable's
// default (true) whenever it is left out, and quietly make an unavailable expert available.

export const updateProfileSchema = z
  .strictObject({
    headline: profileStepSchema.shape.headline.optional(),
    bio: profileStepSchema.shape.bio.optional(),
    hourlyRateCents: rateStepSchema.shape.hourlyRateCents.optional(),
    currency: rateStepSchema.shape.currency.optional(),
    weeklyAvailableHours: availabilityStepSchema.shape.weeklyAvailableHours.optional(),
    timezone: availabilityStepSchema.shape.timezone.optional(),
    isAvailable: availabilityStepSchema.shape.isAvailable.removeDefault().optional(),
    links: linksStepSchema.optional().meta({ description: 'Replaces all three links; send "" to remove one.' }),
    skills: skillsStepSchema.shape.skills.optional().meta({
      description: "Replaces the skill set. New skills start unverified; changing a skill's level or years clears its verification.",
    }),
    publicProfile: z
      .boolean({ error: "Choose whether to show your name on public pages." })
      .optional()
      .meta({ description: "Show the expert's name on Vetted's public hiring pages; otherwise they appear there without it." }),
    country: countryCodeSchema.nullable().optional().meta({ description: "Where the expert lives, shown on public pages; null removes it." }),
  })
  .meta({ id: "ProfileChanges" });

export type ProfileChangesInput = z.infer<typeof updateProfileSchema>;
