import type { z } from "zod";
import { AppError, fieldErrorsOf } from "@/lib/errors";

/** Parses an accept or decline body; the messages are the ones shown next to the form's fields. */
export function parseAnswer<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("VALIDATION_FAILED", "Some fields need your attention.", { fields: fieldErrorsOf(parsed.error) });
  }
  return parsed.data;
}
