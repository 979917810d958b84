import { z } from "zod";
import { isValidTimeZone } from "@/lib/time/timezones";
import { PREFERENCE_KINDS } from "./preference-kinds";

const kindSchema = z.enum(PREFERENCE_KINDS, { error: `Choose one of: ${PREFERENCE_KINDS.join(", ")}.` });

export const updateNotificationPreferencesSchema = z.strictObject({
  preferences: z
    .array(
      z.strictObject({
        kind: kindSchema,
        isEmailEnabled: z.boolean({ error: "Say whether to send email: true or false." }),
        isDigestEnabled: z.boolean({ error: "Say whether to send a daily digest: true or false." }).optional(),
      }),
      { error: "List the kinds of email to change." },
    )
    .max(PREFERENCE_KINDS.length, "List each kind of email once."),
  digestTimezone: z.string().refine(isValidTimeZone, "Choose a timezone from the list.").optional(),
});
export type UpdateNotificationPreferencesInput = z.output<typeof updateNotificationPreferencesSchema>;

export const notificationPreferencesSchema = z
  .object({
    preferences: z.array(
      z.object({
        kind: kindSchema,
        label: z.string(),
        isEmailEnabled: z.boolean(),
        isDigestEnabled: z.boolean().meta({ description: "MESSAGES only: one email a day instead of one per conversation." }),
      }),
    ),
    digestTimezone: z.string().meta({ description: "The daily digest goes out at 08:00 in this timezone." }),
  })
  .meta({ id: "NotificationPreferences" });

// Without a token (or with a wrong one) the link is not valid: a 400 from the handler, which says so.
export const unsubscribeQuerySchema = z.object({ token: z.string().max(300, "This unsubscribe link is too long.").optional() });

export const unsubscribedSchema = z.object({ kind: kindSchema, label: z.string(), isEmailEnabled: z.literal(false) }).meta({ id: "Unsubscribed" });
