import { z } from "zod";
import { AppError } from "@/lib/errors";
import { messageOfIssue } from "@/lib/plain-zod-messages";

// An Idempotency-Key names one attempt at creating something: retrying with the same key (after a
// timeout, a double click) returns what the first attempt created instead of creating it again.

export const idempotencyKeySchema = z
  .string()
  .trim()
  .min(8, "Use at least 8 characters, e.g. a UUID made for this attempt.")
  .max(255, "Use at most 255 characters.")
  .regex(/^[\x21-\x7e]+$/, "Use printable ASCII without spaces, e.g. a UUID.");

/** The request's Idempotency-Key header, if it sent one; a malformed one is a 400 that says why. */
export function idempotencyKeyFrom(headers: Headers): string | undefined {
  const value = headers.get("idempotency-key");
  if (value === null) return undefined;
  const parsed = idempotencyKeySchema.safeParse(value);
  if (!parsed.success) throw new AppError("BAD_REQUEST", `Idempotency-Key: ${messageOfIssue(parsed.error.issues[0])}`);
  return parsed.data;
}
