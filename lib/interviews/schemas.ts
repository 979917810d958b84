import { z } from "zod";
import { isValidTimeZone } from "@/lib/time/timezones";
import { LOCAL_DATE_TIME } from "./zoned-time";

// What each interview action takes. Times arrive as wall-clock times in the time zone the person
// entered them in; lib/interviews/slots.ts turns them into instants and checks they are in the
// future and do not overlap.

export const MAX_INTERVIEW_SLOTS = 3;
export const MIN_INTERVIEW_MINUTES = 15;
export const MAX_INTERVIEW_MINUTES = 240;

const slotSchema = z.strictObject({
  startsAt: z
    .string({ error: "Choose a date and time." })
    .regex(LOCAL_DATE_TIME, "Choose a date and time (YYYY-MM-DDTHH:MM).")
    .meta({ description: "A wall-clock time in `timeZone`, YYYY-MM-DDTHH:MM.", examples: ["2030-06-12T15:00"] }),
  durationMinutes: z
    .number({ error: "Choose how long the interview lasts, in minutes." })
    .int("Give the length in whole minutes.")
    .min(MIN_INTERVIEW_MINUTES, `An interview lasts at least ${MIN_INTERVIEW_MINUTES} minutes.`)
    .max(MAX_INTERVIEW_MINUTES, `An interview lasts at most ${MAX_INTERVIEW_MINUTES / 60} hours.`),
});

const timeZoneSchema = z.string({ error: "Choose your time zone." }).max(64).refine(isValidTimeZone, "Choose a time zone from the list.");
const slotsSchema = z
  .array(slotSchema, { error: "Offer at least one time." })
  .min(1, "Offer at least one time.")
  .max(MAX_INTERVIEW_SLOTS, `Offer at most ${MAX_INTERVIEW_SLOTS} times.`);
export const callUrlSchema = z
  .url({ protocol: /^https$/, hostname: z.regexes.domain, error: "Give the call link as an https:// address, for example https://meet.example.com/abc." })
  .max(500, "Keep the call link under 500 characters.")
  .meta({ examples: ["https://meet.example.com/abc-defg-hij"] });
const noteSchema = z.string().trim().max(1000, "Keep the note under 1,000 characters.");

export const proposeInterviewSchema = z.strictObject({
  timeZone: timeZoneSchema,
  slots: slotsSchema,
  callUrl: callUrlSchema,
  note: noteSchema.optional(),
});
export type ProposeInterviewInput = z.infer<typeof proposeInterviewSchema>;

/** New times from either side; only the client changes the call link. */
export const rescheduleInterviewSchema = z.strictObject({
  timeZone: timeZoneSchema,
  slots: slotsSchema,
  callUrl: callUrlSchema.optional(),
  note: noteSchema.optional(),
});
export type RescheduleInterviewInput = z.infer<typeof rescheduleInterviewSchema>;

export const pickInterviewSlotSchema = z.strictObject({
  startsAt: z.iso.datetime({ offset: true, error: "Pick one of the offered times." }),
});
export type PickInterviewSlotInput = z.infer<typeof pickInterviewSlotSchema>;

export const requestOtherTimesSchema = z.strictObject({ note: noteSchema.optional() });
export type RequestOtherTimesInput = z.infer<typeof requestOtherTimesSchema>;

export const cancelInterviewSchema = z.strictObject({ reason: noteSchema.optional() });
export type CancelInterviewInput = z.infer<typeof cancelInterviewSchema>;
