import type { z } from "zod";
import { validationError } from "@/lib/errors";

/** The lib functions' own check: whatever the caller did, bad input is a VALIDATION_FAILED before anything is read or written. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown, what: string): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, what);
  return parsed.data;
}
