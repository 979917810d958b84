import { env } from "@/lib/env";

export const DAY_MS = 86_400_000;

/** Reminders to the side that has not answered yet, this many days before its deadline. */
export const RESPONSE_REMINDER_DAYS = [2, 1] as const;

/** The days the other side has to answer a dispute (DISPUTE_RESPONSE_DAYS). */
export const responseDays = () => env().DISPUTE_RESPONSE_DAYS;
