import { AppError } from "@/lib/errors";
import { fromLocalInput } from "./zoned-time";

export type InterviewSlot = { startsAt: Date; durationMinutes: number };
type StoredSlot = { startsAt: string; durationMinutes: number };

/**
 * The offered wall-clock times as instants, earliest first. Each must exist in `timeZone`, start in
 * the future, and not overlap another; otherwise a 422 that names the slot.
 */
export function resolveSlots(input: { startsAt: string; durationMinutes: number }[], timeZone: string, now: Date): InterviewSlot[] {
  const fields: Record<string, string[]> = {};
  const slots = input.map((slot, index) => {
    const startsAt = fromLocalInput(slot.startsAt, timeZone);
    if (!startsAt)
      fields[`slots.${index}.startsAt`] = [`${slot.startsAt.replace("T", " ")} does not exist in ${timeZone} (the clocks skip it). Choose another time.`];
    else if (startsAt.getTime() <= now.getTime()) fields[`slots.${index}.startsAt`] = ["Choose a time in the future."];
    return { index, startsAt, durationMinutes: slot.durationMinutes };
  });
  if (Object.keys(fields).length) throw new AppError("VALIDATION_FAILED", "Some of the times cannot be offered; see the fields.", { fields });
  const ordered = slots.map((slot) => ({ ...slot, startsAt: slot.startsAt as Date })).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (let i = 1; i < ordered.length; i++) {
    const previous = ordered[i - 1];
    if (previous.startsAt.getTime() + previous.durationMinutes * 60_000 > ordered[i].startsAt.getTime()) {
      throw new AppError("VALIDATION_FAILED", "Two of the times overlap: offer times that do not.", {
        fields: { [`slots.${ordered[i].index}.startsAt`]: ["This time overlaps another one you offered."] },
      });
    }
  }
  return ordered.map(({ startsAt, durationMinutes }) => ({ startsAt, durationMinutes }));
}

export const storeSlots = (slots: InterviewSlot[]): StoredSlot[] =>
  slots.map((slot) => ({ startsAt: slot.startsAt.toISOString(), durationMinutes: slot.durationMinutes }));

/** The slots as stored (JSON written by storeSlots); anything else reads as none. */
export function readSlots(stored: unknown): InterviewSlot[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((slot: unknown) => {
    if (!slot || typeof slot !== "object") return [];
    const { startsAt, durationMinutes } = slot as Partial<StoredSlot>;
    if (typeof startsAt !== "string" || typeof durationMinutes !== "number") return [];
    return [{ startsAt: new Date(startsAt), durationMinutes }];
  });
}
