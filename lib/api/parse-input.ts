import type { z } from "zod";
import { validationError } from "@/lib/errors";

/**
 * The edge's parse, for the API router and the server actions alike: input that fails its schema is a
 * VALIDATION_FAILED (422) naming each field, before any domain function sees it. Domain functions
 * take the parsed, typed value and never parse again.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown, what: string): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, what);
  return parsed.data;
}
